/** The en page's script (loaded by boot.ts after the first paint): its stage data and the start. */
import data from 'virtual:stage-data/en';
import { startPage } from './island.svelte';

startPage(data);
