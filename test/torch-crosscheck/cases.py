"""What the PyTorch cross-check scripts share: float64 on one thread, importing the model file a
test wrote, and the stdin/stdout protocol (a JSON list of cases in; {"torch": version,
"results": [...]} out, a case that raises reported as {"id", "error"} so one bad case does not
hide the others)."""
import importlib.util
import json
import sys

import torch

torch.set_default_dtype(torch.float64)
torch.set_num_threads(1)


def load(path, name):
    """Imports the file at `path` as a module called `name`."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def serve(measure):
    """Reads the cases from stdin, measures each (measure(case) returns a dict with its "id") and prints the results."""
    results = []
    for case in json.load(sys.stdin):
        try:
            results.append(measure(case))
        except Exception as e:  # reported per case, the test fails on it
            results.append({"id": case["id"], "error": f"{type(e).__name__}: {e}"})
    print(json.dumps({"torch": torch.__version__, "results": results}))
