"""Frozen entry point of the window, benefitcalc(.exe): `benefitcalc.gui.app:main`."""

import sys

from benefitcalc.gui.app import main

sys.exit(main())
