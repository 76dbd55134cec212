// The part of the `jsonld` package's API that this package uses (it ships no types of its own).
declare module "jsonld" {
  interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }
  interface Options {
    documentLoader?: (url: string) => Promise<RemoteDocument>;
    format?: "application/n-quads";
    inputFormat?: "application/n-quads";
    algorithm?: string;
    safe?: boolean;
    base?: string | null;
  }
  const jsonld: {
    toRDF(input: unknown, options: Options & { format: "application/n-quads" }): Promise<string>;
    canonize(input: unknown, options?: Options): Promise<string>;
    expand(input: unknown, options?: Options): Promise<unknown[]>;
  };
  export default jsonld;
}
