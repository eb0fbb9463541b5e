declare module 'virtual:content' {
  import type { Content } from '../lib/content/types';
  const content: Content;
  export default content;
}

declare module 'virtual:stage-data/*' {
  import type { StageData } from '../lib/content/stage-data';
  const data: StageData;
  export default data;
}
