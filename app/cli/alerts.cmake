# cryptolens-cli commands of core/alerts: target_sources(cryptolens-cli PRIVATE cli/xcommand.h cli/xcommand.cpp)
target_sources(cryptolens-cli PRIVATE
    cli/alertscommand.h cli/alertscommand.cpp
    cli/alertscommanddelivery.cpp
)
