"""An MLP whose hidden layer starts at zero: its units never become different (IL001)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Classifier(nn.Module):
    def __init__(self, n_in=784, hidden=512, n_classes=10):
        super().__init__()
        self.fc1 = nn.Linear(n_in, hidden)
        self.fc2 = nn.Linear(hidden, hidden)
        self.out = nn.Linear(hidden, n_classes)
        nn.init.zeros_(self.fc2.weight)
        nn.init.zeros_(self.out.weight)  # a zero classifier head is fine

    def forward(self, x):
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        return self.out(x)


if __name__ == "__main__":
    model = Classifier()
    print(model(torch.randn(4, 784)).shape)
