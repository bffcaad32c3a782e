/** How main hands the core its settings: environment variables of the utility process. */
export const CORE_ENV = {
  dataDir: 'TRYGG_DATA_DIR',
  nativeBinding: 'TRYGG_NATIVE_BINDING',
} as const;
