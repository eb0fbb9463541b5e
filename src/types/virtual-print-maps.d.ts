declare module 'virtual:print-maps' {
  import type { PrintMaps } from '../lib/print/print-maps';
  const printMaps: PrintMaps;
  export default printMaps;
}
