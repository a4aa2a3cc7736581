-- A number error value is reported as tostring prints it.
error(42.5)
