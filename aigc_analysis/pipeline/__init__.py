"""Stage 5, pipeline: one extraction entry point, the incremental build, the Dask engine, kernels, CLI, lab."""
