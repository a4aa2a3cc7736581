-- An uncaught error raised with level 0 carries no position.
-- expect: uncaught error
print("about to fail")
error("plain message without position", 0)
