//===- AltGradAttrs.td - altgrad attributes ----------------*- tablegen -*-===//

#ifndef ALTGRAD_ATTRS
#define ALTGRAD_ATTRS

include "altgrad/Dialect/AltGrad/IR/AltGradDialect.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/BuiltinAttributeInterfaces.td"
include "mlir/IR/EnumAttr.td"

def AltGrad_OverflowSaturate : I32EnumAttrCase<"saturate", 0>;
def AltGrad_OverflowIEEE : I32EnumAttrCase<"ieee", 1>;
def AltGrad_OverflowMode : I32EnumAttr<"OverflowMode",
    "what quantization does beyond the largest finite value",
    [AltGrad_OverflowSaturate, AltGrad_OverflowIEEE]> {
  let cppNamespace = "::altgrad";
  let genSpecializedAttr = 0;
}
def AltGrad_OverflowModeAttr : EnumAttr<AltGrad_Dialect, AltGrad_OverflowMode,
                                        "overflow"> {
  let assemblyFormat = "`<` $value `>`";
}

def AltGrad_RoundingNearestEven : I32EnumAttrCase<"nearest_even", 0>;
def AltGrad_RoundingStochastic : I32EnumAttrCase<"stochastic", 1>;
def AltGrad_RoundingMode : I32EnumAttr<"RoundingMode",
    "how quantization picks between the two format values around a value",
    [AltGrad_RoundingNearestEven, AltGrad_RoundingStochastic]> {
  let cppNamespace = "::altgrad";
  let genSpecializedAttr = 0;
}
def AltGrad_RoundingModeAttr : EnumAttr<AltGrad_Dialect, AltGrad_RoundingMode,
                                        "rounding"> {
  let assemblyFormat = "`<` $value `>`";
}

def AltGrad_BlockScaleFloor : I32EnumAttrCase<"floor", 0>;
def AltGrad_BlockScaleRCeil : I32EnumAttrCase<"rceil", 1>;
def AltGrad_BlockScaleTwoLevel : I32EnumAttrCase<"two_level", 2>;
def AltGrad_BlockScaleKind : I32EnumAttr<"BlockScaleKind",
    "how block scaling chooses each block's scale",
    [AltGrad_BlockScaleFloor, AltGrad_BlockScaleRCeil,
     AltGrad_BlockScaleTwoLevel]> {
  let cppNamespace = "::altgrad";
  let genSpecializedAttr = 0;
}
def AltGrad_BlockScaleKindAttr : EnumAttr<AltGrad_Dialect,
                                          AltGrad_BlockScaleKind, "scale"> {
  let assemblyFormat = "`<` $value `>`";
}

def AltGrad_AmaxPolicyMax : I32EnumAttrCase<"max", 0>;
def AltGrad_AmaxPolicyMostRecent : I32EnumAttrCase<"most_recent", 1>;
def AltGrad_AmaxPolicy : I32EnumAttr<"AmaxPolicy",
    "which recorded amax a history reports",
    [AltGrad_AmaxPolicyMax, AltGrad_AmaxPolicyMostRecent]> {
  let cppNamespace = "::altgrad";
  let genSpecializedAttr = 0;
}
def AltGrad_AmaxPolicyAttr : EnumAttr<AltGrad_Dialect, AltGrad_AmaxPolicy,
                                      "policy"> {
  let assemblyFormat = "`<` $value `>`";
}

class AltGrad_Attr<string name, string attrMnemonic, list<Trait> traits = []>
    : AttrDef<AltGrad_Dialect, name, traits> {
  let mnemonic = attrMnemonic;
}

def AltGrad_CodesAttr : AltGrad_Attr<"Codes", "codes", [TypedAttrInterface]> {
  let summary = "constant codes of a format-typed scalar, vector or tensor";
  let description = [{
    The codes of a format-typed constant as `i8` values of the same shape (a
    0-d tensor for a scalar). Only codes of `!altgrad.fp` types need it:
    builtin 8-bit float constants are ordinary dense attributes.

    ```mlir
    #altgrad.codes<dense<[60, 126]> : tensor<2xi8>> : tensor<2x!altgrad.fp<E5M2>>
    ```
  }];
  let parameters = (ins AttributeSelfTypeParameter<"">:$type,
                        "::mlir::DenseIntElementsAttr":$codes);
  let assemblyFormat = "`<` $codes `>`";
  let genVerifyDecl = 1;
}

// A count that reads `-1` as an error, not as 2^64 - 1.
def AltGrad_CountParameter : AttrParameter<"uint64_t", "a count"> {
  let parser = "parseCount($_parser)";
}

def AltGrad_HistoryAttr : AltGrad_Attr<"History", "history",
                                       [TypedAttrInterface]> {
  let summary = "a constant amax history state";
  let description = [{
    The recorded amax values, oldest first, and the rejected-update count of
    a `!altgrad.history<L>` state.

    ```mlir
    #altgrad.history<records = [1.0, 4.0], rejected = 1> : !altgrad.history<16>
    ```
  }];
  let parameters = (ins AttributeSelfTypeParameter<"">:$type,
                        "::mlir::DenseF32ArrayAttr":$records,
                        AltGrad_CountParameter:$rejected);
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

#endif // ALTGRAD_ATTRS
