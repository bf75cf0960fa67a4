"""Frozen entry point of the console twin, benefitcalc-cli(.exe): `benefitcalc.cli:main`."""

import sys

from benefitcalc.cli import main

sys.exit(main())
