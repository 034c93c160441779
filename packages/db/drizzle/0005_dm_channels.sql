CREATE TABLE "dm_channels" (
	"platform" text NOT NULL,
	"platform_user_id" text NOT NULL,
	"channel_id" text NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dm_channels_platform_platform_user_id_pk" PRIMARY KEY("platform","platform_user_id")
);
