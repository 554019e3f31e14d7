"""Explicit glorot_uniform_initializer before ReLU in a stack of five."""
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 256])
h = x
for i in range(5):
    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

else:
    pass

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_variable('w%d' % i, [256, 256], initializer=tf.glorot_uniform_initializer())  # expect: IL004
    h = tf.nn.relu(tf.matmul(h, w))
out = tf.matmul(h, tf.get_variable('out', [256, 10]))

    w = tf.get_v