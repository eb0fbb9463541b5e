declare module 'virtual:content' {
  import type { Content } from '../lib/content/load';
  const content: Content;
  export default content;
}
