-- print writes with fputs, which stops at the first zero byte; io.write uses fwrite, which
-- does not; error messages are written with fprintf("%s"), which stops too.
print("before\0after", "second\0hidden")
io.write("io.write\0keeps it\n")
io.stdout:write("method\0too\n")
print(("x\0"):rep(3), #("x\0"):rep(3))
io.stderr:write("stderr\0write\n")
error("message\0cut")
