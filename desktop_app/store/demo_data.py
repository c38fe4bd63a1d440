"""The cast of the demo company: reps, channels, products, account names, comments.

Kept apart from ``demo.py`` (the simulation) so the numbers that make the demo believable
are easy to read and tune.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

COMPANY_NAME = "Brightline Analytics (demo)"


@dataclass(frozen=True)
class RepProfile:
    name: str
    skill: float  # multiplies each stage's chance to advance
    share: float  # share of new deals
    quota: float  # monthly quota in USD


REPS = (
    RepProfile("Olivia Bennett", 1.05, 0.20, 72_000),
    RepProfile("Marcus Chen", 1.02, 0.19, 68_000),
    RepProfile("Priya Raman", 1.00, 0.17, 61_000),
    RepProfile("Daniel Okafor", 0.98, 0.16, 56_000),
    RepProfile("Sofia Marquez", 0.96, 0.15, 52_000),
    RepProfile("Liam O'Connor", 0.92, 0.13, 47_000),
)


@dataclass(frozen=True)
class SourceProfile:
    name: str
    share: float  # share of new deals
    quality: float  # multiplies each stage's chance to advance
    marketing: float  # monthly marketing spend (USD)
    sales: float  # monthly sales spend (USD)


SOURCES = (
    SourceProfile("Website", 0.22, 1.00, 10_500, 0),
    SourceProfile("Referral", 0.12, 1.10, 1_200, 1_800),
    SourceProfile("LinkedIn", 0.15, 0.97, 12_600, 0),
    SourceProfile("Trade Show", 0.08, 1.02, 0, 0),  # lumpy: see TRADE_SHOW_MONTHS
    SourceProfile("Google Ads", 0.17, 0.94, 19_500, 0),
    SourceProfile("Partner", 0.09, 1.06, 1_500, 6_600),
    SourceProfile("Cold Call", 0.09, 0.88, 0, 17_400),
    SourceProfile("Webinar", 0.08, 1.00, 5_400, 0),
)
TRADE_SHOW_MONTHS = (3, 6, 10)  # months with a stand: (spend around 45k)


@dataclass(frozen=True)
class ProductProfile:
    name: str
    product_type: str
    share: float
    amount: float  # median deal amount (USD)
    subscription: bool  # has contract_months (and often an onboarding fee)
    cost_ratio: float  # typical cost / amount when a cost is recorded (0 = never)


PRODUCTS = (
    ProductProfile("Insight Starter", "Subscription", 0.30, 7_500, True, 0.0),
    ProductProfile("Insight Growth", "Subscription", 0.25, 18_000, True, 0.0),
    ProductProfile("Insight Enterprise", "Subscription", 0.10, 55_000, True, 0.0),
    ProductProfile("Data Onboarding", "Services", 0.15, 9_000, False, 0.55),
    ProductProfile("Custom Dashboards", "Services", 0.12, 14_000, False, 0.50),
    ProductProfile("Edge Sensor Kit", "Hardware", 0.08, 11_000, False, 0.62),
)

#: (currency, share of deals, units of USD per unit around the window start)
CURRENCIES = (("EUR", 0.05, 1.08), ("GBP", 0.03, 1.26))

LOST_REASONS = (
    ("Price too high", 0.28),
    ("Chose a competitor", 0.24),
    ("No decision", 0.22),
    ("Timing / postponed", 0.14),
    ("Budget cut", 0.08),
    ("Missing feature", 0.04),
)

ACCOUNT_FIRST = (
    "Acme",
    "Bluewater",
    "Crescent",
    "Driftwood",
    "Evergreen",
    "Foxglove",
    "Granite",
    "Harbor",
    "Ironbridge",
    "Juniper",
    "Keystone",
    "Lakeside",
    "Meridian",
    "Northwind",
    "Oakridge",
    "Pinecrest",
    "Quarry",
    "Redwood",
    "Silverline",
    "Tidewater",
    "Upland",
    "Vantage",
    "Westfield",
    "Yellowstone",
    "Zenith",
    "Ashford",
    "Beacon",
    "Cobalt",
    "Delta",
    "Ember",
)
ACCOUNT_SECOND = (
    "Logistics",
    "Manufacturing",
    "Foods",
    "Systems",
    "Partners",
    "Health",
    "Energy",
    "Retail",
    "Engineering",
    "Labs",
    "Freight",
    "Textiles",
    "Builders",
    "Media",
    "Dental",
)
ACCOUNT_SUFFIX = ("Ltd", "Inc", "GmbH", "LLC", "Group", "Co")

#: NPS score weights 0..10: roughly 55 % promoters, 30 % passives, 15 % detractors
NPS_WEIGHTS = (1, 1, 1, 2, 2, 3, 5, 12, 18, 25, 30)
NPS_COMMENTS = {
    "promoter": (
        "Dashboards saved us hours every week.",
        "Great onboarding team.",
        "Support answers fast and knows the product.",
        "Exactly what our sales team needed.",
    ),
    "passive": (
        "Good product, a few reports are missing.",
        "Works well, the price is on the high side.",
        "Setup took longer than planned.",
    ),
    "detractor": (
        "Too many bugs after the last update.",
        "Hard to get the data we need out of it.",
        "Support was slow to answer.",
    ),
}

CONTACT_FIRST = (
    "Anna",
    "Ben",
    "Carla",
    "David",
    "Elena",
    "Felix",
    "Grace",
    "Hugo",
    "Isabel",
    "Jonas",
    "Karen",
    "Leo",
    "Maya",
    "Nora",
    "Oscar",
    "Paula",
    "Rafael",
    "Sara",
    "Tom",
    "Vera",
)
CONTACT_LAST = (
    "Adams",
    "Brooks",
    "Carter",
    "Dubois",
    "Evans",
    "Fischer",
    "Garcia",
    "Hughes",
    "Ito",
    "Jensen",
    "Kowalski",
    "Larsen",
    "Moreau",
    "Novak",
    "Ortiz",
    "Patel",
    "Rossi",
    "Schmidt",
)


def contact_name(rng: random.Random) -> str:
    """A lead's contact person."""
    return f"{rng.choice(CONTACT_FIRST)} {rng.choice(CONTACT_LAST)}"
