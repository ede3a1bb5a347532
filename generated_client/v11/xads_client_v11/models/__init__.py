"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_list_response import AccountListResponse
from .account_media import AccountMedia
from .account_media_creative_type import AccountMediaCreativeType
from .account_media_list_response import AccountMediaListResponse
from .account_media_response import AccountMediaResponse
from .account_response import AccountResponse
from .batch_error_envelope import BatchErrorEnvelope
from .batch_operation_error import BatchOperationError
from .card import Card
from .card_button_component import CardButtonComponent
from .card_button_label import CardButtonLabel
from .card_button_label_value import CardButtonLabelValue
from .card_component_record import CardComponentRecord
from .card_create import CardCreate
from .card_destination_record import CardDestinationRecord
from .card_details_component import CardDetailsComponent
from .card_label_record import CardLabelRecord
from .card_list_response import CardListResponse
from .card_media_component import CardMediaComponent
from .card_media_metadata import CardMediaMetadata
from .card_media_metadata_additional_property import CardMediaMetadataAdditionalProperty
from .card_response import CardResponse
from .card_single_response import CardSingleResponse
from .card_swipeable_media_component import CardSwipeableMediaComponent
from .card_type import CardType
from .card_update import CardUpdate
from .card_website_destination import CardWebsiteDestination
from .cards_fetch_card import CardsFetchCard
from .cards_fetch_card_list_response import CardsFetchCardListResponse
from .cards_fetch_card_response import CardsFetchCardResponse
from .create_custom_audience_permission_permission_level import CreateCustomAudiencePermissionPermissionLevel
from .create_tweet_tweet_mode import CreateTweetTweetMode
from .create_tweet_video_cta import CreateTweetVideoCta
from .custom_audience import CustomAudience
from .custom_audience_list_response import CustomAudienceListResponse
from .custom_audience_metadata import CustomAudienceMetadata
from .custom_audience_permission import CustomAudiencePermission
from .custom_audience_permission_level import CustomAudiencePermissionLevel
from .custom_audience_permission_list_response import CustomAudiencePermissionListResponse
from .custom_audience_permission_permission_level import CustomAudiencePermissionPermissionLevel
from .custom_audience_permission_response import CustomAudiencePermissionResponse
from .custom_audience_response import CustomAudienceResponse
from .custom_audience_segment import CustomAudienceSegment
from .custom_audience_user import CustomAudienceUser
from .custom_audience_users_operation import CustomAudienceUsersOperation
from .custom_audience_users_operation_operation_type import CustomAudienceUsersOperationOperationType
from .custom_audience_users_operation_params import CustomAudienceUsersOperationParams
from .custom_audience_users_response import CustomAudienceUsersResponse
from .do_not_reach_list import DoNotReachList
from .do_not_reach_list_list_response import DoNotReachListListResponse
from .do_not_reach_list_response import DoNotReachListResponse
from .do_not_reach_list_user import DoNotReachListUser
from .do_not_reach_list_users_echo import DoNotReachListUsersEcho
from .do_not_reach_list_users_echo_params import DoNotReachListUsersEchoParams
from .do_not_reach_list_users_operation import DoNotReachListUsersOperation
from .do_not_reach_list_users_operation_operation_type import DoNotReachListUsersOperationOperationType
from .do_not_reach_list_users_params import DoNotReachListUsersParams
from .do_not_reach_list_users_response import DoNotReachListUsersResponse
from .draft_tweet import DraftTweet
from .draft_tweet_list_response import DraftTweetListResponse
from .draft_tweet_preview_response import DraftTweetPreviewResponse
from .draft_tweet_response import DraftTweetResponse
from .error import Error
from .error_envelope import ErrorEnvelope
from .flexible_audience_batch_echo import FlexibleAudienceBatchEcho
from .flexible_audience_batch_echo_params import FlexibleAudienceBatchEchoParams
from .flexible_audience_batch_response import FlexibleAudienceBatchResponse
from .flexible_audience_operation import FlexibleAudienceOperation
from .flexible_audience_operation_operation_type import FlexibleAudienceOperationOperationType
from .flexible_audience_params import FlexibleAudienceParams
from .flexible_audience_params_audience_type import FlexibleAudienceParamsAudienceType
from .flexible_audience_segment import FlexibleAudienceSegment
from .flexible_audience_segment_boolean_operator import FlexibleAudienceSegmentBooleanOperator
from .flexible_audience_segment_frequency_comparator import FlexibleAudienceSegmentFrequencyComparator
from .flexible_audience_segment_lookback_window import FlexibleAudienceSegmentLookbackWindow
from .image_conversation_card import ImageConversationCard
from .image_conversation_card_card_type import ImageConversationCardCardType
from .image_conversation_card_list_response import ImageConversationCardListResponse
from .image_conversation_card_response import ImageConversationCardResponse
from .keyword_insights import KeywordInsights
from .keyword_insights_response import KeywordInsightsResponse
from .list_custom_audiences_permission_scope import ListCustomAudiencesPermissionScope
from .list_tweets_timeline_type import ListTweetsTimelineType
from .media_library_item import MediaLibraryItem
from .media_library_item_response import MediaLibraryItemResponse
from .media_library_list_response import MediaLibraryListResponse
from .media_library_media_category import MediaLibraryMediaCategory
from .media_library_media_type import MediaLibraryMediaType
from .poll_card import PollCard
from .poll_card_card_type import PollCardCardType
from .poll_card_list_response import PollCardListResponse
from .poll_card_response import PollCardResponse
from .preroll_call_to_action import PrerollCallToAction
from .preroll_call_to_action_list_response import PrerollCallToActionListResponse
from .preroll_call_to_action_response import PrerollCallToActionResponse
from .preroll_call_to_action_text import PrerollCallToActionText
from .promoted_tweet import PromotedTweet
from .promoted_tweet_list_response import PromotedTweetListResponse
from .request_echo import RequestEcho
from .request_echo_params import RequestEchoParams
from .scheduled_promoted_tweet import ScheduledPromotedTweet
from .scheduled_promoted_tweet_response import ScheduledPromotedTweetResponse
from .scheduled_tweet import ScheduledTweet
from .scheduled_tweet_list_response import ScheduledTweetListResponse
from .scheduled_tweet_response import ScheduledTweetResponse
from .scheduled_tweet_scheduled_status import ScheduledTweetScheduledStatus
from .search_keyword_insights_granularity import SearchKeywordInsightsGranularity
from .targeted_audience import TargetedAudience
from .targeted_audience_line_item import TargetedAudienceLineItem
from .targeted_audience_list_response import TargetedAudienceListResponse
from .tweet import Tweet
from .tweet_conversation_settings import TweetConversationSettings
from .tweet_coordinates_type_0 import TweetCoordinatesType0
from .tweet_entities import TweetEntities
from .tweet_entities_hashtags_item import TweetEntitiesHashtagsItem
from .tweet_entities_media_item import TweetEntitiesMediaItem
from .tweet_entities_symbols_item import TweetEntitiesSymbolsItem
from .tweet_entities_urls_item import TweetEntitiesUrlsItem
from .tweet_entities_user_mentions_item import TweetEntitiesUserMentionsItem
from .tweet_extended_entities import TweetExtendedEntities
from .tweet_geo_type_0 import TweetGeoType0
from .tweet_list_response import TweetListResponse
from .tweet_place_type_0 import TweetPlaceType0
from .tweet_preview import TweetPreview
from .tweet_preview_list_response import TweetPreviewListResponse
from .tweet_response import TweetResponse
from .tweet_scopes import TweetScopes
from .tweet_type import TweetType
from .tweet_user import TweetUser
from .user_batch_result import UserBatchResult
from .video_conversation_card import VideoConversationCard
from .video_conversation_card_card_type import VideoConversationCardCardType
from .video_conversation_card_list_response import VideoConversationCardListResponse
from .video_conversation_card_response import VideoConversationCardResponse

__all__ = (
    "Account",
    "AccountListResponse",
    "AccountMedia",
    "AccountMediaCreativeType",
    "AccountMediaListResponse",
    "AccountMediaResponse",
    "AccountResponse",
    "BatchErrorEnvelope",
    "BatchOperationError",
    "Card",
    "CardButtonComponent",
    "CardButtonLabel",
    "CardButtonLabelValue",
    "CardComponentRecord",
    "CardCreate",
    "CardDestinationRecord",
    "CardDetailsComponent",
    "CardLabelRecord",
    "CardListResponse",
    "CardMediaComponent",
    "CardMediaMetadata",
    "CardMediaMetadataAdditionalProperty",
    "CardResponse",
    "CardsFetchCard",
    "CardsFetchCardListResponse",
    "CardsFetchCardResponse",
    "CardSingleResponse",
    "CardSwipeableMediaComponent",
    "CardType",
    "CardUpdate",
    "CardWebsiteDestination",
    "CreateCustomAudiencePermissionPermissionLevel",
    "CreateTweetTweetMode",
    "CreateTweetVideoCta",
    "CustomAudience",
    "CustomAudienceListResponse",
    "CustomAudienceMetadata",
    "CustomAudiencePermission",
    "CustomAudiencePermissionLevel",
    "CustomAudiencePermissionListResponse",
    "CustomAudiencePermissionPermissionLevel",
    "CustomAudiencePermissionResponse",
    "CustomAudienceResponse",
    "CustomAudienceSegment",
    "CustomAudienceUser",
    "CustomAudienceUsersOperation",
    "CustomAudienceUsersOperationOperationType",
    "CustomAudienceUsersOperationParams",
    "CustomAudienceUsersResponse",
    "DoNotReachList",
    "DoNotReachListListResponse",
    "DoNotReachListResponse",
    "DoNotReachListUser",
    "DoNotReachListUsersEcho",
    "DoNotReachListUsersEchoParams",
    "DoNotReachListUsersOperation",
    "DoNotReachListUsersOperationOperationType",
    "DoNotReachListUsersParams",
    "DoNotReachListUsersResponse",
    "DraftTweet",
    "DraftTweetListResponse",
    "DraftTweetPreviewResponse",
    "DraftTweetResponse",
    "Error",
    "ErrorEnvelope",
    "FlexibleAudienceBatchEcho",
    "FlexibleAudienceBatchEchoParams",
    "FlexibleAudienceBatchResponse",
    "FlexibleAudienceOperation",
    "FlexibleAudienceOperationOperationType",
    "FlexibleAudienceParams",
    "FlexibleAudienceParamsAudienceType",
    "FlexibleAudienceSegment",
    "FlexibleAudienceSegmentBooleanOperator",
    "FlexibleAudienceSegmentFrequencyComparator",
    "FlexibleAudienceSegmentLookbackWindow",
    "ImageConversationCard",
    "ImageConversationCardCardType",
    "ImageConversationCardListResponse",
    "ImageConversationCardResponse",
    "KeywordInsights",
    "KeywordInsightsResponse",
    "ListCustomAudiencesPermissionScope",
    "ListTweetsTimelineType",
    "MediaLibraryItem",
    "MediaLibraryItemResponse",
    "MediaLibraryListResponse",
    "MediaLibraryMediaCategory",
    "MediaLibraryMediaType",
    "PollCard",
    "PollCardCardType",
    "PollCardListResponse",
    "PollCardResponse",
    "PrerollCallToAction",
    "PrerollCallToActionListResponse",
    "PrerollCallToActionResponse",
    "PrerollCallToActionText",
    "PromotedTweet",
    "PromotedTweetListResponse",
    "RequestEcho",
    "RequestEchoParams",
    "ScheduledPromotedTweet",
    "ScheduledPromotedTweetResponse",
    "ScheduledTweet",
    "ScheduledTweetListResponse",
    "ScheduledTweetResponse",
    "ScheduledTweetScheduledStatus",
    "SearchKeywordInsightsGranularity",
    "TargetedAudience",
    "TargetedAudienceLineItem",
    "TargetedAudienceListResponse",
    "Tweet",
    "TweetConversationSettings",
    "TweetCoordinatesType0",
    "TweetEntities",
    "TweetEntitiesHashtagsItem",
    "TweetEntitiesMediaItem",
    "TweetEntitiesSymbolsItem",
    "TweetEntitiesUrlsItem",
    "TweetEntitiesUserMentionsItem",
    "TweetExtendedEntities",
    "TweetGeoType0",
    "TweetListResponse",
    "TweetPlaceType0",
    "TweetPreview",
    "TweetPreviewListResponse",
    "TweetResponse",
    "TweetScopes",
    "TweetType",
    "TweetUser",
    "UserBatchResult",
    "VideoConversationCard",
    "VideoConversationCardCardType",
    "VideoConversationCardListResponse",
    "VideoConversationCardResponse",
)
