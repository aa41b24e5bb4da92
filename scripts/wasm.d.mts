/** The bytes of src/cli/cell-scan.wat, assembled with wabt. */
export function assembleCellScan(): Promise<Uint8Array>;
/** The text of src/cli/cell-scan-wasm.ts for `bytes`. */
export function cellScanSource(bytes: Uint8Array): string;
