/**
 * The name each error class goes by in `instanceof` checks across copies of the packages. A
 * process that loads both the ES module build and the CommonJS build (an ESM app using a CommonJS
 * library that uses accordkg) holds two copies of every class; `Symbol.for` gives both copies one
 * key, so an error thrown by one copy is an instance of the other copy's class of the same name.
 */
export const ERROR_CLASS: unique symbol = Symbol.for("@accordkg/error-class");
// (@accordkg/core's error classes declare their brands under the same `Symbol.for` key.)

const nativeInstanceOf = Function.prototype[Symbol.hasInstance];

/**
 * True if `value` is an instance of `klass`, or of the class of the same brand in another copy
 * of the packages: some constructor on `value`'s prototype chain carries `klass`'s brand as its
 * own. Nothing else is trusted from `value`, and a brand only makes `instanceof` answer yes: an
 * error is not a capability, so a forged one grants nothing.
 */
function isInstance(klass: object, value: unknown): boolean {
  if (nativeInstanceOf.call(klass, value)) return true;
  if (!Object.hasOwn(klass, ERROR_CLASS) || typeof value !== "object" || value === null)
    return false;
  const brand = (klass as { [ERROR_CLASS]: string })[ERROR_CLASS];
  for (
    let proto = Object.getPrototypeOf(value);
    proto !== null;
    proto = Object.getPrototypeOf(proto)
  ) {
    const owner: unknown = Object.hasOwn(proto, "constructor") ? proto.constructor : undefined;
    if (
      typeof owner === "function" &&
      Object.hasOwn(owner, ERROR_CLASS) &&
      Reflect.get(owner, ERROR_CLASS) === brand
    )
      return true;
  }
  return false;
}

/**
 * The base class of every error the packages throw for bad input or bad arguments: a dataset
 * that breaks the rules (`DatasetError`), a query called wrongly (`NotFoundError`,
 * `InvalidArgumentsError`, `InvalidGraphError` in `@accordkg/core`). One `instanceof AccordError`
 * catches them all, from either package and either build (ES module or CommonJS).
 * `functionName` is the public function that threw.
 */
export class AccordError extends Error {
  /** @internal The class's name in `instanceof` checks across builds; each subclass sets its own. */
  static readonly [ERROR_CLASS]: string = "AccordError";
  override name = "AccordError";
  /** The public function that threw, e.g. `agreedByAll` or `defineDataset`. */
  readonly functionName: string;

  constructor(functionName: string, message: string) {
    super(`${functionName}: ${message}`);
    this.functionName = functionName;
  }

  /**
   * `instanceof` that also recognises the same class from the other build of the package (see
   * `ERROR_CLASS`); inherited by every subclass, each checked against its own brand.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the subclass being tested, not AccordError.
    return isInstance(this, value);
  }
}

/**
 * Arguments that no call could answer: an empty party list, a negative depth, blank search text,
 * a value where a dataset is expected.
 */
export class InvalidArgumentsError extends AccordError {
  /** @internal */
  static override readonly [ERROR_CLASS]: string = "InvalidArgumentsError";
  override name = "InvalidArgumentsError";
}
