from enum import StrEnum


class FlexibleAudienceSegmentFrequencyComparator(StrEnum):
    NUM_EQ = "NUM_EQ"
    NUM_GT = "NUM_GT"
    NUM_GTE = "NUM_GTE"
    NUM_LT = "NUM_LT"
    NUM_LTE = "NUM_LTE"

    def __str__(self) -> str:
        return str(self.value)
