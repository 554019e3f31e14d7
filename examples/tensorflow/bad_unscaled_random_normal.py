"""TF1 MLP in the dict-of-weights style: tf.random_normal's default stddev is 1.0, so each ReLU
layer multiplies the signal's second moment by about fan_in / 2."""
import tensorflow as tf

n_input, n_hidden_1, n_hidden_2, n_classes = 784, 256, 256, 10

X = tf.placeholder("float", [None, n_input])
weights = {
    'h1': tf.Variable(tf.random_normal([n_input, n_hidden_1])),
    'h2': tf.Variable(tf.random_normal([n_hidden_1, n_hidden_2])),
    'out': tf.Variable(tf.random_normal([n_hidden_2, n_classes])),
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
