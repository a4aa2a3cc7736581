-- A non-string error value is reported by its type.
error({ code = 1 })
