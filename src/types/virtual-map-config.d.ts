declare module 'virtual:map-config' {
  import type { MapConfig } from '../lib/map/config';
  const config: MapConfig;
  export default config;
}
