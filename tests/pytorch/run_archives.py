"""Runs TorchScribe archives in PyTorch and compares their outputs with the C# forward's.

Usage: python3 run_archives.py <folder>

Every sub-folder of <folder> is one case, written by PyTorchInteropTests: model.pt, case.json (inputs and expected
outputs as raw little-endian files with dtype and shape, and the oldest PyTorch the archive needs), input_<i>.bin and
expected_<i>.bin. A case passes when PyTorch loads the archive and its eval-mode forward (and any other methods case.json lists) return
what C# returned; a
case that needs a newer PyTorch than this one passes when loading or running it fails. Prints one line per case and
exits with the number of failures.
"""
import json
import os
import sys

import numpy
import torch

DTYPES = {
    "Float32": (numpy.float32, torch.float32),
    "Float64": (numpy.float64, torch.float64),
    "Int64": (numpy.int64, torch.int64),
    "Int32": (numpy.int32, torch.int32),
    "Int16": (numpy.int16, torch.int16),
    "Int8": (numpy.int8, torch.int8),
    "Byte": (numpy.uint8, torch.uint8),
    "Bool": (numpy.bool_, torch.bool),
    "Float16": (numpy.float16, torch.float16),
    "BFloat16": (numpy.int16, torch.bfloat16),  # numpy has no bfloat16: the bits are read as int16 and viewed
    "ComplexFloat32": (numpy.complex64, torch.complex64),
    "ComplexFloat64": (numpy.complex128, torch.complex128),
}


def tensor(folder, spec):
    data = open(os.path.join(folder, spec["file"]), "rb").read()
    numpy_type, torch_type = DTYPES[spec["dtype"]]
    array = numpy.frombuffer(data, dtype=numpy_type).reshape(spec["shape"]).copy()
    return torch.from_numpy(array).view(torch_type)


def version(text):
    return tuple(int(part) for part in text.split(".")[:2])


def flatten(result):
    """The tensors of a result; numbers as 0-d tensors of TorchScript's types (int64, float64, bool), as C# wrote them."""
    if isinstance(result, torch.Tensor):
        return [result]
    if isinstance(result, (tuple, list)):
        return [item for element in result for item in flatten(element)]
    if isinstance(result, bool):
        return [torch.tensor(result, dtype=torch.bool)]
    if isinstance(result, int):
        return [torch.tensor(result, dtype=torch.int64)]
    if isinstance(result, float):
        return [torch.tensor(result, dtype=torch.float64)]
    raise TypeError("a method returned %s, not tensors or numbers" % type(result).__name__)


def run(folder):
    case = json.load(open(os.path.join(folder, "case.json")))
    inputs = [tensor(folder, spec) for spec in case["inputs"]]
    module = torch.jit.load(os.path.join(folder, "model.pt"))
    module.eval()
    problems = []
    calls = [("forward", module, case["expected"])] + [(m["name"], getattr(module, m["name"]), m["expected"]) for m in case.get("methods", [])]
    for name, method, expected_specs in calls:
        with torch.no_grad():
            torch.manual_seed(1234)
            outputs = flatten(method(*inputs))
        problem = compare(outputs, [tensor(folder, spec) for spec in expected_specs])
        if problem is not None:
            problems.append("%s: %s" % (name, problem))
    return "; ".join(problems) if problems else None


def compare(outputs, expected):
    if len(outputs) != len(expected):
        return "returned %d tensors, C# %d" % (len(outputs), len(expected))
    for index, (actual, wanted) in enumerate(zip(outputs, expected)):
        if actual.dtype != wanted.dtype or tuple(actual.shape) != tuple(wanted.shape):
            return "output %d is %s %s, C# %s %s" % (index, actual.dtype, tuple(actual.shape), wanted.dtype, tuple(wanted.shape))
        if wanted.dtype.is_floating_point or wanted.dtype.is_complex:
            if not torch.allclose(actual, wanted, rtol=1e-4, atol=1e-5, equal_nan=True):
                return "output %d differs by %g" % (index, (actual - wanted).abs().nan_to_num().max().item())
        elif not torch.equal(actual, wanted):
            return "output %d differs" % index
    return None


def main():
    root = sys.argv[1]
    installed = version(torch.__version__)
    failures = 0
    for name in sorted(os.listdir(root)):
        folder = os.path.join(root, name)
        if not os.path.isdir(folder):
            continue
        needs = json.load(open(os.path.join(folder, "case.json"))).get("needsPyTorch") or "1.0"
        try:
            problem = run(folder)
        except Exception as error:  # a load or run error: the message says which
            problem = "raised: " + str(error).strip().splitlines()[0]
        if version(needs) > installed:
            if problem is None:
                failures += 1
                print("FAIL %s: needs PyTorch %s, yet ran in %s" % (name, needs, torch.__version__))
            else:
                print("ok %s (needs PyTorch %s; here: %s)" % (name, needs, problem))
        elif problem is None:
            print("ok %s" % name)
        else:
            failures += 1
            print("FAIL %s: %s" % (name, problem))
    print("PyTorch %s: %d failed" % (torch.__version__, failures))
    return failures


if __name__ == "__main__":
    sys.exit(main())
