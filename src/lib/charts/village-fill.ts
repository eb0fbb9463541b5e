/**
 * Fractions of villages drawn as N village icons of which an exact number is filled.
 * N must be a multiple of the denominator: nothing is rounded.
 */

export interface VillageFill {
  villages: number;
  filled: number;
  empty: number;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function checkWhole(n: number, what: string, min: number): void {
  if (!Number.isInteger(n) || n < min)
    throw new RangeError(`${what} must be a whole number >= ${min}, got ${n}`);
}

/** Of `villages` icons, how many show num/den. Throws unless villages is a multiple of den. */
export function villageFill(num: number, den: number, villages: number): VillageFill {
  checkWhole(den, 'den', 1);
  checkWhole(num, 'num', 0);
  checkWhole(villages, 'villages', 0);
  if (num > den) throw new RangeError(`${num}/${den} is more than the whole`);
  if (villages % den !== 0) {
    throw new RangeError(
      `${villages} villages cannot show ${num}/${den} exactly: not a multiple of ${den}`,
    );
  }
  const filled = (villages / den) * num;
  return { villages, filled, empty: villages - filled };
}

/** The smallest N in [min, max] divisible by every denominator, e.g. 30 for 2, 5 and 3. */
export function villageCountFor(dens: readonly number[], min: number, max: number): number {
  dens.forEach((d) => checkWhole(d, 'den', 1));
  checkWhole(min, 'min', 0);
  const lcm = dens.reduce((acc, d) => (acc / gcd(acc, d)) * d, 1);
  const n = Math.max(lcm, Math.ceil(min / lcm) * lcm);
  if (n > max)
    throw new RangeError(`No village count in [${min}, ${max}] divisible by ${dens.join(', ')}`);
  return n;
}
