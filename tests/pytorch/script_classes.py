"""The Python twin of ScriptObjects.cs's LayoutTwin, scripted and saved by this PyTorch, and the layout of both archives.

Usage: script_classes.py <folder>. The folder holds torchscribe.pt (TorchScribe's archive of the C# model), input.bin
and expected.bin (raw float32 tensors of shape [3]: the input, and what the C# forward computes). Prints one JSON object:
the code and data.pkl layouts of both archives, and whether this PyTorch runs TorchScribe's archive to the C# result.
"""
import json
import pickle
import re
import sys
import zipfile
from typing import NamedTuple, Optional

import torch
from torch import Tensor


@torch.jit.script
class BoxCoder:
    def __init__(self, weight: float, offset: Tensor, limit: Optional[float] = None):
        self.weight = weight
        self.offset = offset
        self.calls = 0
        self.Name = "coder"
        self.Limit = limit

    def Encode(self, x: Tensor) -> Tensor:
        self.calls += 1
        encoded = x * self.weight + self.offset
        limit = self.Limit
        return encoded if limit is None else encoded.clamp(-limit, limit)


class Span(NamedTuple):
    Values: Tensor
    Start: int
    Scale: float


@torch.jit.interface
class IBlock(torch.nn.Module):
    def forward(self, x: Tensor) -> Tensor:
        pass

    def Blend(self, x: Tensor, weight: float) -> Tensor:
        pass


class ShiftBlock(torch.nn.Module):
    def forward(self, x: Tensor) -> Tensor:
        return x + 1

    @torch.jit.export
    def Blend(self, x: Tensor, weight: float) -> Tensor:
        return x * weight + 1


class LayoutTwin(torch.nn.Module):
    span: Span
    block: IBlock

    def __init__(self):
        super().__init__()
        self.coder = BoxCoder(0.5, torch.ones(3), 2.0)
        self.span = Span(torch.full([3], 2.0), 4, 0.25)
        self.block = ShiftBlock()

    def forward(self, x: Tensor) -> Tensor:
        return self.coder.Encode(x) + self.span.Values * self.span.Scale + self.span.Start + self.block.forward(x)


QUALIFIER = re.compile(r"__torch__\.(?:\w+\.)*(\w+)")


def short(text):
    """A class or type named without its module: namespaces differ between C# and Python, layouts do not."""
    return QUALIFIER.sub(r"\1", text)


def code_layout(archive):
    classes = {}
    with zipfile.ZipFile(archive) as z:
        for name in sorted(n for n in z.namelist() if "/code/" in n and n.endswith(".py")):
            current = None
            for line in z.read(name).decode().split("\n"):
                header = re.match(r"^class (\w+)(?:\((\w+)\))?:", line)
                if header:
                    current = {"base": header.group(2) or "", "attributes": [], "methods": []}
                    classes[header.group(1)] = current
                    continue
                if current is None or not line.startswith("  ") or line.startswith("   "):
                    continue
                attribute = re.match(r"^  (\w+) : (.+)$", line)
                method = re.match(r"^  def (\w+)\(", line)
                if attribute and attribute.group(1) != "_is_full_backward_hook":
                    current["attributes"].append([attribute.group(1), short(attribute.group(2))])
                elif method:
                    current["methods"].append(method.group(1))
    for layout in classes.values():
        # Interfaces list their methods (in any order); other classes are compared by whether they have __init__.
        layout["methods"] = sorted(m for m in layout["methods"] if layout["base"] == "ModuleInterface" or m == "__init__")
    return dict(sorted(classes.items()))


class Record:
    """An object of an archive class, as the pickle builds it (NEWOBJ, then BUILD): its class name and its state."""

    name = ""
    state = None

    def __setstate__(self, state):
        self.state = state


class LayoutUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module.startswith("__torch__"):
            return type(name, (Record,), {"name": name})
        if (module, name) == ("torch._utils", "_rebuild_tensor_v2"):
            return lambda storage, offset, size, stride, *rest: {"tensor": list(size), "storage": storage}
        if (module, name) == ("collections", "OrderedDict"):
            return dict
        if module == "torch.jit._pickle":
            return lambda value, *tag: {"list": [structure(v) for v in value], "tag": short(tag[0]) if tag else name}
        if module == "torch":
            return name
        raise pickle.UnpicklingError(f"unexpected global {module}.{name}")

    def persistent_load(self, pid):
        return pid[1]


def structure(value):
    if isinstance(value, Record):
        return {"class": value.name, "state": [[k, structure(v)] for k, v in (value.state or {}).items() if k != "_is_full_backward_hook"]}
    if isinstance(value, tuple):
        return {"tuple": [structure(v) for v in value]}
    if isinstance(value, list):
        return [structure(v) for v in value]
    if isinstance(value, dict) and "tensor" not in value and "list" not in value:
        return {"dict": [[structure(k), structure(v)] for k, v in value.items()]}
    return value


def data_layout(archive):
    with zipfile.ZipFile(archive) as z:
        name = next(n for n in z.namelist() if n.endswith("/data.pkl"))
        unpickler = LayoutUnpickler(__import__("io").BytesIO(z.read(name)))
        return structure(unpickler.load())


def main(folder):
    twin = torch.jit.script(LayoutTwin().eval())
    torch.jit.save(twin, f"{folder}/pytorch.pt")
    x = torch.frombuffer(bytearray(open(f"{folder}/input.bin", "rb").read()), dtype=torch.float32)
    expected = torch.frombuffer(bytearray(open(f"{folder}/expected.bin", "rb").read()), dtype=torch.float32)
    ours = torch.jit.load(f"{folder}/torchscribe.pt")
    result = ours(x)
    print(json.dumps({
        "pytorch": {"code": code_layout(f"{folder}/pytorch.pt"), "data": data_layout(f"{folder}/pytorch.pt")},
        "torchscribe": {"code": code_layout(f"{folder}/torchscribe.pt"), "data": data_layout(f"{folder}/torchscribe.pt")},
        "same_result": bool(torch.equal(result, expected)),
        "twin_result": bool(torch.equal(twin(x), expected)),
    }, indent=1))


if __name__ == "__main__":
    main(sys.argv[1])
