/** The bundled, minified script and the style sheet of the page, with their CSP hashes. */
export function bundleApp(): Promise<{
  script: string;
  scriptHash: string;
  style: string;
  styleHash: string;
}>;
