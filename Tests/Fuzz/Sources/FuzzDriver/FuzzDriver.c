// The declaration in include/FuzzDriver.h is all this target provides; libFuzzer defines it.
