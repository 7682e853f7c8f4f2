# cryptolens-cli commands of core/alerts: target_sources(cryptolens-cli PRIVATE cli/xcommand.h cli/xcommand.cpp)
