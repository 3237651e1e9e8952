const LAYER = 227;
const OLDEST_LAYER = 160;
export {
  LAYER,
  OLDEST_LAYER
};
