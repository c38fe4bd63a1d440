"""The cast of the demo company: reps, channels, products, prices, names, comments.

Kept apart from the simulation (``demo_sim``, ``demo_deals``, ``demo_extras``) so the
numbers that make the demo believable are easy to read and tune. Money is in USD.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

COMPANY_NAME = "Brightline Analytics (demo)"


@dataclass(frozen=True)
class RepProfile:
    name: str
    skill: float  # multiplies the chance that one of the rep's opportunities is won
    share: float  # share of new opportunities (and of the installed base's accounts)
    pace: float  # quota is set so that the rep's revenue is about pace x quota


REPS = (
    RepProfile("Olivia Bennett", 1.12, 0.20, 1.16),
    RepProfile("Marcus Chen", 1.05, 0.19, 1.07),
    RepProfile("Priya Raman", 1.00, 0.17, 1.01),
    RepProfile("Daniel Okafor", 0.97, 0.16, 0.93),
    RepProfile("Sofia Marquez", 0.93, 0.15, 0.86),
    RepProfile("Liam O'Connor", 0.88, 0.13, 0.77),
)


@dataclass(frozen=True)
class SourceProfile:
    name: str
    share: float  # share of new opportunities
    quality: float  # multiplies the chance that an opportunity from here is won
    spend: float  # weight in the spend (about its share of customers x its cost of one)
    marketing: float  # the part of its spend that is marketing; the rest is sales


SOURCES = (
    SourceProfile("Website", 0.22, 1.00, 0.176, 0.80),
    SourceProfile("Referral", 0.10, 1.25, 0.063, 0.20),
    SourceProfile("LinkedIn", 0.15, 0.95, 0.171, 0.70),
    SourceProfile("Trade Show", 0.08, 1.05, 0.126, 0.80),
    SourceProfile("Google Ads", 0.17, 0.90, 0.199, 0.95),
    SourceProfile("Partner", 0.09, 1.10, 0.089, 0.30),
    SourceProfile("Cold Call", 0.11, 0.80, 0.123, 0.10),
    SourceProfile("Webinar", 0.08, 1.00, 0.080, 0.85),
)
#: months with a trade-show stand: the channel's marketing spend is over four times higher
TRADE_SHOW_MONTHS = (3, 6, 10)
#: marketing + sales spend per new customer the company plans for (USD); the sales part
#: is the team's pay and travel, split over the channels the reps work
SPEND_PER_NEW_CUSTOMER = 42_000
TOOLS_PER_MONTH = 1_200  # CRM and sales tools: "other" spend, outside CAC


@dataclass(frozen=True)
class ProductProfile:
    name: str
    product_type: str
    share: float  # share of opportunities of its kind (subscription / add-on)
    unit_price: float  # list price per unit (per year for a subscription)
    units: tuple[int, int]  # usual range of units per deal
    unit_name: str
    cost_ratio: float  # typical cost / amount when a cost is recorded (hosting, support, parts)


#: subscriptions: what a new customer buys, renewed when the contract ends
SUBSCRIPTIONS = (
    ProductProfile("Insight Starter", "Subscription", 0.40, 700, (12, 20), "seat", 0.12),
    ProductProfile("Insight Growth", "Subscription", 0.47, 850, (16, 26), "seat", 0.10),
    ProductProfile("Insight Enterprise", "Subscription", 0.13, 1_000, (24, 34), "seat", 0.09),
)
#: add-ons: sold to customers during their contract
ADD_ONS = (
    ProductProfile("Data Onboarding", "Services", 0.40, 1_200, (4, 12), "day", 0.55),
    ProductProfile("Custom Dashboards", "Services", 0.35, 2_500, (2, 6), "dashboard", 0.50),
    ProductProfile("Edge Sensor Kit", "Hardware", 0.25, 450, (10, 40), "sensor", 0.62),
)
PRODUCTS = SUBSCRIPTIONS + ADD_ONS
#: contract length in months of a new subscription, with weights
CONTRACT_MONTHS = ((12, 0.90), (24, 0.07), (36, 0.03))
#: onboarding fee of a new subscription (share of deals, range in USD)
ONBOARDING_FEE = (0.5, (1_500, 6_000))

#: (currency, share of accounts, units of USD per unit at the start)
CURRENCIES = (("EUR", 0.06, 1.08), ("GBP", 0.04, 1.26))

LOST_REASONS = (
    ("Price too high", 0.28),
    ("Chose a competitor", 0.24),
    ("No decision", 0.22),
    ("Timing / postponed", 0.14),
    ("Budget cut", 0.08),
    ("Missing feature", 0.04),
)
CHURN_REASONS = (
    ("Budget cut", 0.35),
    ("Chose a competitor", 0.30),
    ("Missing feature", 0.20),
    ("No decision", 0.15),
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
