"""Families of posts, to find a counterpart: a defense minister's counterpart is the other side's defense chief."""
from __future__ import annotations

import re

FAMILIES = {
    "alliance": ("secretary general", "secretary-general", "head of nato", "nato chief", "nato head", "alliance chief",
                 "head of the alliance", "head of the military alliance"),
    "defense": ("secretary of defense", "minister of defense", "defense", "pentagon chief", "secretary of state for defense",
                "armed forces minister", "minister of the armed forces", "minister for the armed forces"),
    "military": ("chairman of the joint chiefs", "joint chiefs", "chief of the general staff", "general staff", "general-in-chief", "chief of defense",
                 "chief of the defense staff", "commander-in-chief", "chief of staff", "general", "admiral", "commander"),
    "foreign": ("minister of foreign affairs", "foreign secretary", "secretary of state", "foreign"),
    # (before "head": "the presidential office's director of national security" advises on security)
    "security": ("national security adviser", "security council", "director of national security",
                 "national security director", "adviser on security", "security adviser"),
    "head": ("president", "prime minister", "chancellor", "premier", "king", "crown prince", "emir", "leader",
             "head of state", "head of government"),
}


# leaders who lead no state ("opposition leader", "Senate Majority Leader")
NOT_STATE_LEADERS = ("opposition", "party", "majority", "minority", "house", "senate", "parliament", "rebel", "group")


# a second in command is no counterpart of the holder of the post ("vice foreign minister", "deputy defense minister")
SECONDS = re.compile(r"\b(?:vice|deputy|under|assistant|undersecretary|under-secretary|state\s+secretary|spokes\w*)\b")


def family(role: str | None) -> str | None:
    if not role:
        return None
    role = role.lower().replace("defence", "defense")
    if " and " in role:  # "deputy prime minister and minister for defense": the post that is not a second's
        return next((f for f in map(family, role.split(" and ")) if f), None)
    if "leader" in role and any(word in role for word in NOT_STATE_LEADERS):
        return None
    if SECONDS.search(role):
        return None
    for name, markers in FAMILIES.items():
        if any(marker in role for marker in markers):
            return name
    return None


def families(roles: tuple[str, ...]) -> set[str]:
    return {f for f in (family(r) for r in roles) if f}
