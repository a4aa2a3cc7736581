local s = "a\nb\t\"q\"\\"
s = 'single'
s = [[long
string]]
s = [==[with ]] inside]==]
s = "\0\1\200\255"
s = "\97\98c"
s = "line\
next"
s = ""
