/**
 * Chinese characters in the English edition. English copy may show Chinese only as a place
 * name (or other proper name) in parentheses right after its pinyin: "Donggou (东沟)",
 * "Maojian District (茅箭区)". Notes and sources may also quote the report: “泰巴生态植物园”.
 * These pure helpers strip what is allowed, so whatever Chinese is left is a mistake.
 */

/** Han characters, CJK punctuation (、。「」…) and full-width forms (，：（）％ …). */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * "(汉字)" right after a capitalised Latin word and one space. The parentheses may hold Han
 * characters with spaces or a middle dot between them ("(桃源人家)", "(建强堡垒 精准发力)"),
 * and must start and end with a Han character.
 */
const AFTER_PINYIN =
  /(\b\p{Lu}[\p{L}'’-]*) \(\p{Script=Han}(?:[\p{Script=Han} ·]*\p{Script=Han})?\)/gu;

/** A quotation in curly quotes that holds Chinese: “泰巴生态植物园”, “泰” . */
const QUOTED = /“[^“”]*”/gu;

/** Does the text hold any Chinese character or Chinese punctuation? */
export function hasHan(text: string): boolean {
  return CHINESE.test(text);
}

/** Removes every "(汉字)" that directly follows a capitalised Latin word; keeps the word. */
export function stripAllowedHan(text: string): string {
  return text.replace(AFTER_PINYIN, '$1');
}

/**
 * For notes and sources: also removes quotations in curly quotes that hold Chinese, and
 * "(汉字)" after any Latin word or closing quote (a title's English gloss with its original).
 */
export function stripQuotedHan(text: string): string {
  return stripAllowedHan(text)
    .replace(QUOTED, (q) => (hasHan(q) ? '' : q))
    .replace(/([\p{L}”]) \(\p{Script=Han}(?:[\p{Script=Han} ·]*\p{Script=Han})?\)/gu, '$1');
}
