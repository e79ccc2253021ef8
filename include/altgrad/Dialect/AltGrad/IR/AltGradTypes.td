//===- AltGradTypes.td - altgrad types ---------------------*- tablegen -*-===//

#ifndef ALTGRAD_TYPES
#define ALTGRAD_TYPES

include "altgrad/Dialect/AltGrad/IR/AltGradDialect.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/BuiltinTypeInterfaces.td"
include "mlir/Interfaces/DataLayoutInterfaces.td"

class AltGrad_Type<string name, string typeMnemonic, list<Trait> traits = []>
    : TypeDef<AltGrad_Dialect, name, traits> {
  let mnemonic = typeMnemonic;
}

def AltGrad_FormatType : AltGrad_Type<"Format", "fp",
    [MemRefElementTypeInterface, VectorElementTypeInterface,
     DeclareTypeInterfaceMethods<DataLayoutTypeInterface,
                                 ["getTypeSizeInBits", "getABIAlignment"]>]> {
  let summary = "an 8-bit (or narrower) floating-point format";
  let description = [{
    A format is four parameters: exponent bits `E`, mantissa bits `M`, the
    exponent bias and the special-value rule (`ieee`, `fn`, `fnuz`, `none`).
    A value of this type is one code, stored in the low `1 + E + M` bits of a
    byte, which is also its size and alignment in memory (as for `i8`, the
    type it lowers to). Registered formats are written by name; any other valid format
    spells out its parameters, and the bias and rule default to the IEEE
    ones (`2^(E-1) - 1`, `ieee`):

    ```mlir
    !altgrad.fp<E5M2>
    !altgrad.fp<E4M3FN>
    !altgrad.fp<E4M3, bias = 9, rule = fnuz>
    ```

    The printer uses the registered name whenever the parameters match one.
    See `docs/formats.md` for the registry and the derived properties.
  }];
  let parameters = (ins "unsigned":$exponentBits, "unsigned":$mantissaBits,
                        "int":$bias, "::altgrad::SpecialRule":$rule);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// The format model of this type; the verifier guarantees it exists.
    ::altgrad::Format getFormat() const;
    static FormatType get(::mlir::MLIRContext *context,
                          const ::altgrad::Format &format);
  }];
}

def AltGrad_HistoryType : AltGrad_Type<"History", "history"> {
  let summary = "the state of an amax history for delayed scaling";
  let description = [{
    Up to `length` recorded amax values in order of arrival and a count of
    rejected updates (docs/spec.md section 4). The state is a value: each update
    returns a new state, so a training loop carries it from one step to the
    next through `scf.for` iteration arguments or function results, and
    compilers see every dependence. `!altgrad.history` is
    `!altgrad.history<16>`. The length is at most 8192: the lowering keeps
    the records in one vector, and every update shifts it.
  }];
  let parameters = (ins "unsigned":$length);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// The longest history: lowered, the records are one vector that every
    /// update shifts, so a longer one costs seconds to compile per update.
    static constexpr unsigned kMaxLength = 8192;
  }];
}

#endif // ALTGRAD_TYPES
