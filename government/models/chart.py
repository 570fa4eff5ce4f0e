"""The organisation chart (SOTK) of the village government: who sits where, in order."""

from dataclasses import dataclass, field

from .people import KASI, KAUR, Position


@dataclass
class OrganisationChart:
    """Shown officials by branch: the village head on top, the secretary with the heads of
    affairs and staff beneath, the heads of sections beside, the dusun heads at the bottom.
    Each list keeps the order the officials came in (hierarchy order)."""

    heads: list = field(default_factory=list)
    secretaries: list = field(default_factory=list)
    heads_of_affairs: list = field(default_factory=list)
    staff: list = field(default_factory=list)
    heads_of_sections: list = field(default_factory=list)
    dusun_heads: list = field(default_factory=list)

    @classmethod
    def of(cls, officials):
        chart = cls()
        for official in officials:
            chart.branch_for(official.position).append(official)
        return chart

    def branch_for(self, position):
        if position == Position.KEPALA_DESA:
            return self.heads
        if position == Position.SEKRETARIS_DESA:
            return self.secretaries
        if position in KAUR:
            return self.heads_of_affairs
        if position in KASI:
            return self.heads_of_sections
        if position == Position.KEPALA_DUSUN:
            return self.dusun_heads
        return self.staff

    @property
    def has_secretariat(self):
        return bool(self.secretaries or self.heads_of_affairs or self.staff)

    @property
    def has_branches(self):
        return bool(self.has_secretariat or self.heads_of_sections or self.dusun_heads)

    def __bool__(self):
        return bool(self.heads or self.has_branches)

    def everyone(self):
        """Every official, top to bottom, as the chart reads."""
        return [
            *self.heads,
            *self.secretaries,
            *self.heads_of_affairs,
            *self.staff,
            *self.heads_of_sections,
            *self.dusun_heads,
        ]
