"""The same TF1 MLP with stddev tied to the fan-in (He for the ReLU layers, LeCun for the head)."""
import numpy as np
import tensorflow as tf

n_input, n_hidden_1, n_hidden_2, n_classes = 784, 256, 256, 10

X = tf.placeholder("float", [None, n_input])
weights = {
    'h1': tf.Variable(tf.random_normal([n_input, n_hidden_1], stddev=np.sqrt(2.0 / n_input))),
    'h2': tf.Variable(tf.random_normal([n_hidden_1, n_hidden_2], stddev=np.sqrt(2.0 / n_hidden_1))),
    'out': tf.Variable(tf.random_normal([n_hidden_2, n_classes], stddev=np.sqrt(1.0 / n_hidden_2))),
}
biases = {
    'b1': tf.Variable(tf.zeros([n_hidden_1])),
    'b2': tf.Variable(tf.zeros([n_hidden_2])),
    'out': tf.Variable(tf.zeros([n_classes])),
}


def multilayer_perceptron(x):
    layer_1 = tf.nn.relu(tf.add(tf.matmul(x, weights['h1']), biases['b1']))
    layer_2 = tf.nn.relu(tf.add(tf.matmul(layer_1, weights['h2']), biases['b2']))
    return tf.matmul(layer_2, weights['out']) + biases['out']


logits = multilayer_perceptron(X)
