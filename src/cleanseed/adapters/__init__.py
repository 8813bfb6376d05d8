"""Adapters that run cleanseed inside data-processing engines.

Each adapter lives in its own module and imports its engine only there, so
``import cleanseed`` never pulls in an engine:

- :mod:`cleanseed.adapters.datatrove`: a datatrove formatter step
  (``pip install 'cleanseed[datatrove]'``).
- :mod:`cleanseed.adapters.spark`: a pandas UDF and a DataFrame helper for
  PySpark (``pip install 'cleanseed[spark]'``).

Engines that map a Python function over batches (Hugging Face ``datasets``,
Dask, Ray Data) need no adapter: use :mod:`cleanseed.batch`.
"""
