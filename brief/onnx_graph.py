"""The MiniLM encoder as an ONNX graph, written without the ``onnx`` package (it takes ~2 s to import).

ONNX Runtime reads a model as protocol-buffer bytes. The graph here is the forward pass of
``brief.embedding.MiniLM`` written out node by node: the same operations in the same order
(tanh GELU included), so ONNX Runtime's vectors are the NumPy reference's to within float32
rounding. Its weights are not in the bytes: each initializer names its place in the packaged
``model.safetensors`` as external data (file, offset, length), and the runtime reads them from
there, once, into its own memory: nothing is converted, written or downloaded. Only the protobuf
wire format is needed to say this, and only the few fields of onnx.proto named below are written.
"""

from __future__ import annotations

import struct
from typing import Iterable, NamedTuple

OPSET = 20  # Gelu with approximate="tanh" is in opset 20
IR_VERSION = 9
FLOAT, INT64 = 1, 7  # TensorProto.DataType
_HEADS = 12


class Stored(NamedTuple):
    """Where a float32 tensor lies in the weights file: its shape and its bytes' offset and length."""

    shape: tuple[int, ...]
    offset: int
    length: int


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        low, n = n & 0x7F, n >> 7
        out.append(low | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _field(number: int, value: bytes | str | int | float) -> bytes:
    """One protobuf field: bytes and strings length-delimited, ints as varints, floats as fixed32."""
    if isinstance(value, str):
        value = value.encode()
    if isinstance(value, bytes):
        return _varint(number << 3 | 2) + _varint(len(value)) + value
    if isinstance(value, float):
        return _varint(number << 3 | 5) + struct.pack("<f", value)
    return _varint(number << 3) + _varint(value & (2**64 - 1))  # negative ints as two's complement


def _message(fields: Iterable[tuple[int, bytes | str | int | float]]) -> bytes:
    return b"".join(_field(n, v) for n, v in fields)


def _attribute(name: str, value: int | float | str | list[int]) -> bytes:
    # AttributeProto: name 1, f 2, i 3, s 4, ints 8, type 20 (FLOAT 1, INT 2, STRING 3, INTS 7)
    if isinstance(value, list):
        return _message([(1, name), *((8, v) for v in value), (20, 7)])
    if isinstance(value, float):
        return _message([(1, name), (2, value), (20, 1)])
    if isinstance(value, str):
        return _message([(1, name), (4, value), (20, 3)])
    return _message([(1, name), (3, value), (20, 2)])


def _value_info(name: str, elem_type: int, dims: Iterable[int | str]) -> bytes:
    # ValueInfoProto{name 1, type 2: TypeProto{tensor_type 1: {elem_type 1, shape 2: {dim 1: {value 1 | param 2}}}}}
    shape = b"".join(_field(1, _message([(2 if isinstance(d, str) else 1, d)])) for d in dims)
    tensor = _message([(1, elem_type), (2, shape)])
    return _message([(1, name), (2, _field(1, tensor))])


class Graph:
    """Nodes, external initializers and constants, added in order; ``model()`` gives the ModelProto bytes."""

    def __init__(self, weights: str) -> None:
        self.weights = weights  # the file the external initializers are read from
        self.nodes: list[bytes] = []
        self.initializers: list[bytes] = []
        self.count = 0

    def node(self, op: str, *inputs: str, output: str = "", **attributes: int | float | str | list[int]) -> str:
        """Add one node of operator ``op``; returns the name of its (only) output."""
        self.count += 1
        out = output or f"{op.lower()}_{self.count}"
        fields: list[tuple[int, bytes | str | int | float]] = [*((1, i) for i in inputs), (2, out), (3, out), (4, op)]
        fields += [(5, _attribute(k, v)) for k, v in attributes.items()]
        self.nodes.append(_message(fields))
        return out

    def external(self, name: str, stored: Stored) -> str:
        """A float32 weight the runtime reads from the weights file, where ``stored`` says."""
        # TensorProto: dims 1, data_type 2, name 8, external_data 13 {key 1, value 2}, data_location 14 (EXTERNAL 1)
        where = [("location", self.weights), ("offset", str(stored.offset)), ("length", str(stored.length))]
        self.initializers.append(_message([*((1, d) for d in stored.shape), (2, FLOAT), (8, name),
                                           *((13, _message([(1, k), (2, v)])) for k, v in where), (14, 1)]))
        return name

    def constant(self, name: str, values: list[int] | list[float], dims: list[int]) -> str:
        """A small constant stored in the graph itself (shapes, scales)."""
        if isinstance(values[0], float):
            raw, elem_type = struct.pack(f"<{len(values)}f", *values), FLOAT
        else:
            raw, elem_type = struct.pack(f"<{len(values)}q", *values), INT64
        self.initializers.append(_message([*((1, d) for d in dims), (2, elem_type), (8, name), (9, raw)]))
        return name

    def model(self, inputs: list[bytes], outputs: list[bytes]) -> bytes:
        """The ModelProto: ir_version 1, opset_import 8 {version 2}, graph 7 {node 1, name 2, initializer 5,
        input 11, output 12}."""
        graph = _message([*((1, n) for n in self.nodes), (2, "minilm"), *((5, t) for t in self.initializers),
                          *((11, i) for i in inputs), *((12, o) for o in outputs)])
        return _message([(1, IR_VERSION), (7, graph), (8, _message([(2, OPSET)]))])


def minilm(weights: str, layout: dict[str, Stored]) -> bytes:
    """The encoder's graph on the tensors of the file ``weights`` (a name relative to the folder the
    session is told), which lie where ``layout`` says (safetensors names). Inputs ``ids`` and ``mask``
    (batch x length, int64 and float32) and ``positions`` (length); output ``hidden``, the last
    layer's token vectors (batch times length x hidden, row by row)."""
    g = Graph(weights)
    shapes = {k: v.shape for k, v in layout.items()}
    token_type = layout["embeddings.token_type_embeddings.weight"]
    # Every token is of type 0: the first row of the token type table, read on its own
    layout = {**layout, "embeddings.token_type_embeddings.weight.0": Stored(token_type.shape[1:], token_type.offset,
                                                                            token_type.length // token_type.shape[0])}

    def weight(name: str) -> str:
        return g.external(name, layout[name])

    def linear(x: str, name: str) -> str:  # x: tokens x features, as every activation here but attention's
        return g.node("Gemm", x, weight(f"{name}.weight"), weight(f"{name}.bias"), transB=1)

    def norm(x: str, name: str) -> str:
        return g.node("LayerNormalization", x, weight(f"{name}.LayerNorm.weight"), weight(f"{name}.LayerNorm.bias"),
                      axis=-1, epsilon=1e-12)

    hidden = shapes["embeddings.word_embeddings.weight"][1]
    x = g.node("Add", g.node("Gather", weight("embeddings.word_embeddings.weight"), "ids"),
               g.node("Gather", weight("embeddings.position_embeddings.weight"), "positions"))
    x = g.node("Add", x, weight("embeddings.token_type_embeddings.weight.0"))
    flat = g.constant("flat", [-1, hidden], [2])
    x = norm(g.node("Reshape", x, flat), "embeddings")
    # mask 1 -> 0, mask 0 -> -1e9, as batch x 1 x 1 x length: padding gets no attention
    bias = g.node("Unsqueeze", g.node("Mul", g.node("Sub", "mask", g.constant("one", [1.0], [])),
                                      g.constant("big", [1e9], [])), g.constant("axes", [1, 2], [2]))
    heads = g.node("Concat", g.node("Shape", "ids"), g.constant("split", [_HEADS, hidden // _HEADS], [2]), axis=0)
    scale = g.constant("scale", [float((hidden // _HEADS) ** -0.5)], [])
    layers = 1 + max(int(k.split(".")[2]) for k in shapes if k.startswith("encoder.layer."))
    for i in range(layers):
        p = f"encoder.layer.{i}"
        q, k, v = (g.node("Transpose", g.node("Reshape", linear(x, f"{p}.attention.self.{n}"), heads),
                          perm=[0, 2, 1, 3]) for n in ("query", "key", "value"))
        scores = g.node("Add", g.node("Mul", g.node("MatMul", q, g.node("Transpose", k, perm=[0, 1, 3, 2])), scale),
                        bias)
        context = g.node("MatMul", g.node("Softmax", scores, axis=-1), v)
        context = g.node("Reshape", g.node("Transpose", context, perm=[0, 2, 1, 3]), flat)
        x = norm(g.node("Add", x, linear(context, f"{p}.attention.output.dense")), f"{p}.attention.output")
        inner = g.node("Gelu", linear(x, f"{p}.intermediate.dense"), approximate="tanh")
        x = norm(g.node("Add", x, linear(inner, f"{p}.output.dense")), f"{p}.output")
    g.node("Identity", x, output="hidden")
    return g.model([_value_info("ids", INT64, ["batch", "length"]), _value_info("mask", FLOAT, ["batch", "length"]),
                    _value_info("positions", INT64, ["length"])],
                   [_value_info("hidden", FLOAT, ["tokens", hidden])])
