-- os.exit flushes what is buffered and sets the status.
io.write("buffered, not yet written")
io.stderr:write("stderr first\n")
os.exit(7)
