"""Output formats: one module per format, each a function of a Report."""
