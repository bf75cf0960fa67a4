"""Frozen entry point of the console twin, benefitcalc-cli(.exe): `benefitcalc.cli:main`."""

import multiprocessing
import sys

from benefitcalc.cli import main

multiprocessing.freeze_support()  # `batch` runs large files in several processes (issue 9)
sys.exit(main())
