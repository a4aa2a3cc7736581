-- The arg table and the script's varargs when run with no arguments.
print(#arg, arg[0], select("#", ...))
print(type(arg[-1]))
