const LAYER = 227;
export {
  LAYER
};
