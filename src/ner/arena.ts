/**
 * Typed arrays reused from document to document by the tagger. A fresh typed array is a zeroed allocation
 * outside V8's heap plus work for the garbage collector; the tagger needs about twenty per document (token
 * attributes, feature keys, emission scores), most of them a few kilobytes, and allocating them cost more
 * than zeroing the same memory again. An array taken from an arena is valid until the same name is taken
 * again, so only what a call consumes before it returns may come from one, or what it returns under that
 * contract, stated where it is returned (`TaggedDocument`); never what training keeps per document.
 */
export class Arena {
  private readonly int32s = new Map<string, Int32Array>();
  private readonly uint8s = new Map<string, Uint8Array>();
  private readonly float64s = new Map<string, Float64Array>();

  /** A zeroed Int32Array of length `n` under `name`. */
  int32(name: string, n: number): Int32Array {
    const v = this.int32Buffer(name, n).subarray(0, n);
    v.fill(0);
    return v;
  }

  /** The whole buffer under `name`, at least `n` long, with whatever the last user left in it. */
  int32Buffer(name: string, n: number): Int32Array {
    let buf = this.int32s.get(name);
    if (buf === undefined || buf.length < n) {
      buf = new Int32Array(Math.max(n, 2 * (buf?.length ?? 0)));
      this.int32s.set(name, buf);
    }
    return buf;
  }

  /** Keeps `buf` under `name` (a buffer that grew while in use), when it is larger than the one held. */
  keepInt32(name: string, buf: Int32Array): void {
    if (buf.length > (this.int32s.get(name)?.length ?? 0)) this.int32s.set(name, buf);
  }

  /** A zeroed Uint8Array of length `n` under `name`. */
  uint8(name: string, n: number): Uint8Array {
    let buf = this.uint8s.get(name);
    if (buf === undefined || buf.length < n) {
      buf = new Uint8Array(Math.max(n, 2 * (buf?.length ?? 0)));
      this.uint8s.set(name, buf);
    }
    const v = buf.subarray(0, n);
    v.fill(0);
    return v;
  }

  /** A zeroed Float64Array of length `n` under `name`. */
  float64(name: string, n: number): Float64Array {
    let buf = this.float64s.get(name);
    if (buf === undefined || buf.length < n) {
      buf = new Float64Array(Math.max(n, 2 * (buf?.length ?? 0)));
      this.float64s.set(name, buf);
    }
    const v = buf.subarray(0, n);
    v.fill(0);
    return v;
  }
}
