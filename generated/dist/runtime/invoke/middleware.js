function composeMiddleware(middleware, core) {
  const chain = [...middleware];
  return function run(ctx) {
    const step = (i) => {
      try {
        return i === chain.length ? core(ctx) : chain[i](ctx, () => step(i + 1));
      } catch (e) {
        return Promise.reject(e);
      }
    };
    return step(0);
  };
}
export {
  composeMiddleware
};
