declare module 'virtual:print-maps' {
  import type { PrintMaps } from '../lib/print/map-picture';
  const printMaps: PrintMaps;
  export default printMaps;
}
