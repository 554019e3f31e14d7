"""TF1 graph with tf.layers and an LSTM cell: get_variable's glorot default, He normal before ReLU,
BasicLSTMCell's default forget_bias of 1.0."""
import tensorflow as tf

X = tf.placeholder(tf.float32, [None, 28, 28])
seq = tf.unstack(X, 28, 1)
cell = tf.nn.rnn_cell.BasicLSTMCell(128)
outputs, state = tf.nn.static_rnn(cell, seq, dtype=tf.float32)
hidden = tf.layers.dense(outputs[-1], 64, activation=tf.nn.relu, kernel_initializer=tf.keras.initializers.he_normal())
logits = tf.layers.dense(hidden, 10)
