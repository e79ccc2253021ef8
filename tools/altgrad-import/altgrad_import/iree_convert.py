"""StableHLO to upstream MLIR through IREE's input conversion.

`iree-compile --iree-input-type=stablehlo --compile-to=input` turns StableHLO
into linalg on tensors plus a few ops of IREE's own. Those are rewritten here
with MLIR's Python API (IREE's copy of it, which knows IREE's ops), never on
text: util.func/util.return/util.call become func's, and
iree_linalg_ext.scatter becomes scf.for loops over tensor.extract/insert.
Whatever else is left outside the upstream dialects is an error naming the
op and its location. The result is printed by IREE's MLIR, which is newer
than LLVM/MLIR 22; the ops that can remain print in syntax 22 parses.
"""

import pathlib
import re
import subprocess
import sys

from .errors import ImporterError, require
from .step import ALL_REDUCE_SCOPE

# The dialects an imported program may use: what LLVM/MLIR 22 parses and
# `altgrad-opt --lower-fp8` lowers.
UPSTREAM_DIALECTS = ("builtin", "func", "arith", "math", "tensor", "linalg", "scf",
                     "shard")

# util.func attributes with a meaning in func.func too; any other (IREE's
# tied operands, ABI or inlining hints) would be dropped, so it is an error.
FUNC_ATTRIBUTES = ("sym_name", "sym_visibility", "function_type", "arg_attrs", "res_attrs")


def ir():
    return require("iree.compiler.ir")


def iree_compile_path():
    """iree-compile of the environment this Python runs in."""
    path = pathlib.Path(sys.executable).parent / "iree-compile"
    if not path.exists():
        require("iree.compiler")
        raise ImporterError(f"{path} is missing; run `scripts/setup-import`")
    return path


def check_static_signature(stablehlo, context):
    """The route takes static shapes only: the importer's runner and the
    saved inputs need each argument's shape, and JAX's shape-polymorphic
    export adds shape assertions and dynamic ops that IREE's input
    conversion leaves outside the upstream dialects."""
    ir_ = ir()
    module = ir_.Module.parse(stablehlo, context)
    for op in module.body.operations:
        if op.operation.name != "func.func":
            continue
        function_type = ir_.FunctionType(
            ir_.TypeAttr(op.attributes["function_type"]).value
        )
        for kind, types in (("argument", function_type.inputs), ("result", function_type.results)):
            for index, type_ in enumerate(types):
                if isinstance(type_, ir_.ShapedType) and not type_.has_static_shape:
                    raise ImporterError(
                        f"{op.operation.location}: {kind} {index} of "
                        f"@{ir_.StringAttr(op.attributes['sym_name']).value} "
                        f"has the dynamic shape {type_}; altgrad-import takes "
                        "static shapes only (export with concrete shapes, "
                        "not jax.export's symbolic ones)"
                    )


def run_iree(stablehlo):
    """IREE's StableHLO input conversion, with locations kept."""
    process = subprocess.run(
        [
            str(iree_compile_path()),
            "--iree-input-type=stablehlo",
            "--compile-to=input",
            "--mlir-print-debuginfo",
            "-",
            "-o",
            "-",
        ],
        input=stablehlo,
        capture_output=True,
        text=True,
    )
    if process.returncode != 0:
        raise ImporterError(
            "iree-compile could not convert the StableHLO:\n" + process.stderr.strip()
        )
    return process.stdout


def move_body(source, target_region):
    """Moves `source`'s body region into the empty `target_region`."""
    for block in list(source.regions[0].blocks):
        block.append_to(target_region)


def attribute_dict(op):
    """An op's attributes by name (iterating the bindings' map gives names
    in some versions, NamedAttributes in others)."""
    names = [getattr(entry, "name", entry) for entry in op.attributes]
    return {name: op.attributes[name] for name in names}


def untied_attributes(op):
    """The attributes of a util.func or util.call but its tied operands,
    which must tie nothing: IREE's tied operands (a result living in an
    argument's buffer) have no func equivalent, and mean nothing when no
    result is tied (-1 each)."""
    ir_ = ir()
    attributes = attribute_dict(op)
    tied = attributes.pop("tied_operands", None)
    if tied is not None and any(ir_.IntegerAttr(t).value != -1 for t in ir_.ArrayAttr(tied)):
        raise ImporterError(f"{op.location}: {op.name} with tied operands {tied}")
    return attributes


def rewrite_util_func(op):
    """util.func to func.func with the same name, type and body."""
    ir_ = ir()
    attributes = untied_attributes(op)
    for name in attributes:
        if name not in FUNC_ATTRIBUTES:
            raise ImporterError(
                f"{op.location}: util.func attribute '{name}' has no "
                "func.func equivalent"
            )
    with ir_.InsertionPoint(op), op.location:
        new = ir_.Operation.create("func.func", regions=1, attributes=attributes)
    move_body(op, new.regions[0])
    op.erase()
    return new


def rewrite_terminator(op, name):
    ir_ = ir()
    with ir_.InsertionPoint(op), op.location:
        ir_.Operation.create(name, operands=list(op.operands))
    op.erase()


def rewrite_util_call(op):
    ir_ = ir()
    if set(untied_attributes(op)) != {"callee"}:
        raise ImporterError(f"{op.location}: util.call with attributes beyond its callee")
    with ir_.InsertionPoint(op), op.location:
        new = ir_.Operation.create(
            "func.call",
            results=[r.type for r in op.results],
            operands=list(op.operands),
            attributes={"callee": op.attributes["callee"]},
        )
    for old, value in zip(op.results, new.results):
        old.replace_all_uses_with(value)
    op.erase()




def rewrite_scatter(op):
    """iree_linalg_ext.scatter to loops over every element of `updates`.

    The op (IREE's LinalgExtOps.td): ins(updates, indices) outs(original);
    indices is [batch..., depth], updates [batch..., slice...] with the slice
    aligned to original's last dimensions; element `u` of updates at
    (b..., s...) combines with original at the position whose last
    dimensions are s and whose dimension dimension_map[k] is offset by
    indices[b..., k]. The region takes (update, current) and yields the new
    value. The loops run in the order of updates' elements, one at a time,
    so repeated indices combine in that order. An update whose position is
    out of bounds is skipped, as StableHLO's scatter does.
    """
    ir_ = ir()
    arith = require("iree.compiler.dialects.arith")
    scf = require("iree.compiler.dialects.scf")
    tensor = require("iree.compiler.dialects.tensor")

    if len(op.operands) != 3 or len(op.results) != 1:
        raise ImporterError(f"{op.location}: scatter with other than two inputs and one output")
    updates, indices, original = op.operands
    update_type = ir_.RankedTensorType(updates.type)
    index_type = ir_.RankedTensorType(indices.type)
    original_type = ir_.RankedTensorType(original.type)
    for value_type in (update_type, index_type, original_type):
        if not value_type.has_static_shape:
            raise ImporterError(f"{op.location}: scatter of the dynamic shape {value_type}")
    dimension_map = list(ir_.DenseI64ArrayAttr(op.attributes["dimension_map"]))
    batch_rank = index_type.rank - 1
    depth = index_type.shape[-1]
    slice_rank = update_type.rank - batch_rank
    if depth != len(dimension_map) or slice_rank > original_type.rank:
        raise ImporterError(f"{op.location}: scatter shapes this rewrite does not know")
    body = op.regions[0].blocks[0]
    if any(len(nested.regions) for nested in body.operations):
        raise ImporterError(f"{op.location}: scatter region with nested regions")

    with ir_.InsertionPoint(op), op.location:
        zero = arith.ConstantOp(ir_.IndexType.get(), 0).result
        # Before `zero`, which is before the loops.
        outside = ir_.InsertionPoint(zero.owner)
        constants = {0: zero}

        def index_constant(value):
            """An index constant, made once before the loops."""
            if value not in constants:
                constants[value] = arith.ConstantOp(ir_.IndexType.get(), value, ip=outside).result
            return constants[value]

        one = index_constant(1)

        def element(ivs, current):
            """One update: the tensor after it."""
            coordinates = [zero] * original_type.rank
            offset = original_type.rank - slice_rank
            for i in range(slice_rank):
                coordinates[offset + i] = ivs[batch_rank + i]
            for k, dimension in enumerate(dimension_map):
                raw = tensor.ExtractOp(indices, ivs[:batch_rank] + [index_constant(k)]).result
                position = arith.IndexCastOp(ir_.IndexType.get(), raw).result
                coordinates[dimension] = arith.AddIOp(coordinates[dimension], position).result
            # Unsigned: a negative position is out of bounds too.
            in_bounds = None
            for dimension, coordinate in enumerate(coordinates):
                below = arith.CmpIOp(
                    arith.CmpIPredicate.ult,
                    coordinate,
                    index_constant(original_type.shape[dimension]),
                ).result
                in_bounds = below if in_bounds is None else arith.AndIOp(in_bounds, below).result
            branch = scf.IfOp(in_bounds, [original_type], has_else=True)
            with ir_.InsertionPoint(branch.then_block):
                update = tensor.ExtractOp(updates, ivs).result
                old = tensor.ExtractOp(current, coordinates).result
                terminator = None
                for nested in list(body.operations):
                    nested.detach_from_parent()
                    if nested.operation.name == "iree_linalg_ext.yield":
                        terminator = nested
                        continue
                    ir_.InsertionPoint.current.insert(nested)
                body.arguments[0].replace_all_uses_with(update)
                body.arguments[1].replace_all_uses_with(old)
                new = terminator.operands[0]
                terminator.erase()
                inserted = tensor.InsertOp(new, current, coordinates).result
                scf.YieldOp([inserted])
            with ir_.InsertionPoint(branch.else_block):
                scf.YieldOp([current])
            return branch.results[0]

        def loops(level, ivs, current):
            if level == update_type.rank:
                return element(ivs, current)
            loop = scf.ForOp(zero, index_constant(update_type.shape[level]), one, [current])
            with ir_.InsertionPoint(loop.body):
                scf.YieldOp([loops(level + 1, ivs + [loop.induction_variable], loop.inner_iter_args[0])])
            return loop.results[0]

        result = loops(0, [], original)
    op.results[0].replace_all_uses_with(result)
    op.erase()


def walk_ops(region_holder):
    """Every op nested in `region_holder`, parents before children, as a
    list (so that the caller may rewrite while iterating)."""
    found = []

    def visit(op):
        for region in op.regions:
            for block in region.blocks:
                for nested in block.operations:
                    found.append(nested.operation)
                    visit(nested.operation)

    visit(region_holder)
    return found


# The name stack of a step.all_reduce_sum barrier, with its number of ranks.
ALL_REDUCE = re.compile(ALL_REDUCE_SCOPE + r"(\d+)\b")


def rewrite_all_reduce(op, module, grids):
    """A util.optimization_barrier of step.all_reduce_sum to shard.all_reduce
    (sum, the default) over the one axis of a grid @ranks of that many
    processes; the shard dialect is not in IREE's bindings, so both are
    made in the generic form."""
    ir_ = ir()
    match = ALL_REDUCE.search(str(op.location))
    if not match:
        raise ImporterError(f"{op.location}: util.optimization_barrier outside "
                            "step.all_reduce_sum has no rewrite in altgrad-import")
    ranks = int(match.group(1))
    grids.add(ranks)
    if len(grids) > 1:
        raise ImporterError(f"{op.location}: all-reduces over {sorted(grids)} ranks in one step")
    if len(grids) == 1 and not any(o.operation.name == "shard.grid" for o in module.body.operations):
        with ir_.InsertionPoint.at_block_begin(module.body), ir_.Location.unknown():
            ir_.Operation.create("shard.grid", attributes={
                "sym_name": ir_.StringAttr.get("ranks"),
                "shape": ir_.Attribute.parse(f"array<i64: {ranks}>")})
    with ir_.InsertionPoint(op), op.location:
        values = [
            ir_.Operation.create(
                "shard.all_reduce", results=[operand.type], operands=[operand],
                attributes={"grid": ir_.FlatSymbolRefAttr.get("ranks"),
                            "grid_axes": ir_.Attribute.parse("array<i16: 0>")}).result
            for operand in op.operands]
    for old, value in zip(op.results, values):
        old.replace_all_uses_with(value)
    op.erase()


def rewrite_iree_ops(module):
    """Every IREE op of the input level to upstream ones."""
    module.context.allow_unregistered_dialects = True
    grids = set()
    for op in walk_ops(module.operation):
        name = op.name
        if name == "util.func":
            rewrite_util_func(op)
    for op in walk_ops(module.operation):
        name = op.name
        if name == "util.return":
            rewrite_terminator(op, "func.return")
        elif name == "util.call":
            rewrite_util_call(op)
        elif name == "iree_linalg_ext.scatter":
            rewrite_scatter(op)
        elif name == "util.optimization_barrier":
            rewrite_all_reduce(op, module, grids)


def check_upstream(module):
    for op in walk_ops(module.operation):
        if op.name.split(".")[0] not in UPSTREAM_DIALECTS:
            raise ImporterError(
                f"{op.location}: '{op.name}' is outside the upstream dialects "
                f"altgrad takes ({', '.join(UPSTREAM_DIALECTS)}) and has no "
                "rewrite in altgrad-import"
            )


# A name stack of JAX's: jit(step)/jvp(MLP)/Dense_0, in a name location.
NAME_STACK = re.compile(r'"(jit\([^"]*)"')


def phase_of(location):
    """forward, backward or other (neither: the optimizer's update, code
    outside value_and_grad), from the JAX name stacks of a location: the
    backward pass is what JAX transposed, `transpose(jvp(...))`. An op that
    IREE merged from several (a shared constant) has them all, joined by
    commas; an op with no name stack has none."""
    phases = set()
    for stack in NAME_STACK.findall(str(location)):
        if "transpose(" in stack:
            phases.add("backward")
        elif "jvp(" in stack:
            phases.add("forward")
        else:
            phases.add("other")
    order = ("forward", "backward", "other")
    return ",".join(p for p in order if p in phases) or None


def annotate(module, arg_names, result_names, updates):
    """Names of arguments and results, new values of arguments, phases."""
    ir_ = ir()
    mains = [
        op for op in module.body.operations
        if op.operation.name == "func.func" and ir_.StringAttr(op.attributes["sym_name"]).value == "main"
    ]
    if len(mains) != 1:
        raise ImporterError("the converted module has no function @main")
    main = mains[0].operation
    function_type = ir_.FunctionType(ir_.TypeAttr(main.attributes["function_type"]).value)
    if arg_names is not None:
        if len(arg_names) != len(function_type.inputs) or len(result_names) != len(function_type.results):
            raise ImporterError(
                f"@main has {len(function_type.inputs)} arguments and "
                f"{len(function_type.results)} results; JAX flattened "
                f"{len(arg_names)} and {len(result_names)}"
            )
        i64 = ir_.IntegerType.get_signless(64)
        main.attributes["arg_attrs"] = ir_.ArrayAttr.get(
            [ir_.DictAttr.get({"altgrad.name": ir_.StringAttr.get(n)}) for n in arg_names]
        )
        result_attrs = []
        for name, update in zip(result_names, updates):
            entries = {"altgrad.name": ir_.StringAttr.get(name)}
            if update is not None:
                entries["altgrad.updates"] = ir_.IntegerAttr.get(i64, update)
            result_attrs.append(ir_.DictAttr.get(entries))
        main.attributes["res_attrs"] = ir_.ArrayAttr.get(result_attrs)
    # Callable from C with memref descriptors (docs/lowering.md).
    main.attributes["llvm.emit_c_interface"] = ir_.UnitAttr.get()
    # The ops of @main's body; those nested in them (a generic's body, a
    # loop's) belong to the same pass.
    for op in main.regions[0].blocks[0].operations:
        op = op.operation
        phase = phase_of(op.location)
        if phase is not None:
            op.attributes["altgrad.phase"] = ir_.StringAttr.get(phase)


def print_module(module):
    return module.operation.get_asm(enable_debug_info=True, assume_verified=False)


def convert_iree_input(text, arg_names=None, result_names=None, updates=None):
    """IREE's input-level IR (iree-compile --compile-to=input) to upstream
    MLIR text, annotated with names where they are given."""
    ir_ = ir()
    context = ir_.Context()
    try:
        module = ir_.Module.parse(text, context)
    except ir_.MLIRError as error:
        raise ImporterError(f"cannot parse IREE's output: {error}") from error
    with context:
        rewrite_iree_ops(module)
        check_upstream(module)
        annotate(module, arg_names, result_names, updates)
        try:
            module.operation.verify()
        except ir_.MLIRError as error:
            raise ImporterError(f"the rewritten module does not verify: {error}") from error
        return print_module(module)


def convert_stablehlo(stablehlo, arg_names=None, result_names=None, updates=None):
    ir_ = ir()
    try:
        check_static_signature(stablehlo, ir_.Context())
    except ir_.MLIRError as error:
        raise ImporterError(f"cannot parse the StableHLO: {error}") from error
    return convert_iree_input(run_iree(stablehlo), arg_names, result_names, updates)
